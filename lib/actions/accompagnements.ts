"use server";

// Server actions of the accompagnement pages: signed-in actor → the form's own schema → domain
// command → ActionResult (French field errors, never a 500).
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { changeAccompagnementStatus, openAccompagnement, updateAccompagnement } from "@/lib/domain/accompagnements/commands";
import { savePlan, setPlanActionStatus } from "@/lib/domain/accompagnements/plan-commands";
import { saveBudgetaire, saveErrance, saveLogement } from "@/lib/domain/accompagnements/specific-commands";
import {
  ZAccompagnementCreate, ZAccompagnementStatusChange, ZAccompagnementUpdate, ZBudgetaire, ZErrance, ZLogement, ZPlan, ZPlanActionStatus,
} from "@/lib/domain/accompagnements/schemas";
import type { ActionResult } from "@/lib/domain/errors";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}

export async function openAccompagnementAction(input: unknown) {
  return refreshed(await runAction(ZAccompagnementCreate, input, (actor, data) => openAccompagnement(actor, data)));
}

export async function updateAccompagnementAction(input: unknown) {
  return refreshed(await runAction(ZAccompagnementUpdate, input, updateAccompagnement));
}

export async function changeAccompagnementStatusAction(input: unknown) {
  return refreshed(await runAction(ZAccompagnementStatusChange, input, (actor, data) => changeAccompagnementStatus(actor, data)));
}

export async function savePlanAction(input: unknown) {
  return refreshed(await runAction(ZPlan, input, savePlan));
}

export async function setPlanActionStatusAction(input: unknown) {
  return refreshed(await runAction(ZPlanActionStatus, input, setPlanActionStatus));
}

export async function saveBudgetaireAction(input: unknown) {
  return refreshed(await runAction(ZBudgetaire, input, saveBudgetaire));
}

export async function saveLogementAction(input: unknown) {
  return refreshed(await runAction(ZLogement, input, saveLogement));
}

export async function saveErranceAction(input: unknown) {
  return refreshed(await runAction(ZErrance, input, saveErrance));
}
