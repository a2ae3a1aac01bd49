"use server";

// Server actions of the accompagnement pages: signed-in actor → the form's own schema → domain
// command → ActionResult (French field errors, never a 500).
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { changeAccompagnementStatus, openAccompagnement, updateAccompagnement } from "@/lib/domain/accompagnements/commands";
import { savePlan, setPlanActionStatus } from "@/lib/domain/accompagnements/plan-commands";
import { saveBudgetaire, saveErrance, saveLogement } from "@/lib/domain/accompagnements/specific-commands";
import {
  ZAccompagnementCreate, ZAccompagnementStatusChange, ZAccompagnementUpdate, ZBudgetaire, ZErrance, ZLogement, ZPlan, ZPlanActionStatus,
} from "@/lib/domain/accompagnements/schemas";

const revalidate: Revalidate[] = [["/usagers", "layout"]];

export async function openAccompagnementAction(input: unknown, form?: unknown) {
  return runAction(ZAccompagnementCreate, form ?? input, (actor, data) => openAccompagnement(actor, data), {
    revalidate, redirectTo: (acc) => `/usagers/${acc.usagerId}/accompagnements/${acc.id}`,
  });
}

export async function updateAccompagnementAction(input: unknown, form?: unknown) {
  return runAction(ZAccompagnementUpdate, form ?? input, updateAccompagnement, { revalidate });
}

export async function changeAccompagnementStatusAction(input: unknown, form?: unknown) {
  return runAction(ZAccompagnementStatusChange, form ?? input, (actor, data) => changeAccompagnementStatus(actor, data), { revalidate });
}

export async function savePlanAction(input: unknown, form?: unknown) {
  return runAction(ZPlan, form ?? input, savePlan, { revalidate });
}

export async function setPlanActionStatusAction(input: unknown, form?: unknown) {
  return runAction(ZPlanActionStatus, form ?? input, setPlanActionStatus, { revalidate });
}

export async function saveBudgetaireAction(input: unknown, form?: unknown) {
  return runAction(ZBudgetaire, form ?? input, saveBudgetaire, { revalidate });
}

export async function saveLogementAction(input: unknown, form?: unknown) {
  return runAction(ZLogement, form ?? input, saveLogement, { revalidate });
}

export async function saveErranceAction(input: unknown, form?: unknown) {
  return runAction(ZErrance, form ?? input, saveErrance, { revalidate });
}
