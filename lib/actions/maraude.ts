"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { changeSignalementStatus, setMaraudeMember, updateSignalementSettings } from "@/lib/domain/signalements/commands";
import { createDossierFromSignalement, linkSignalementToDossier } from "@/lib/domain/signalements/link";
import { ZMaraudeMember, ZSignalementLink, ZSignalementNewDossier, ZSignalementSettings, ZSignalementStatusChange } from "@/lib/domain/signalements/schemas";

// The inbox, the report's page and the linked dossier show the change.
const revalidate: Revalidate[] = [["/maraude", "layout"], ["/usagers", "layout"]];

export async function changeSignalementStatusAction(input: unknown, form?: unknown) {
  return runAction(ZSignalementStatusChange, form ?? input, changeSignalementStatus, { revalidate });
}

export async function linkSignalementAction(input: unknown, form?: unknown) {
  return runAction(ZSignalementLink, form ?? input, linkSignalementToDossier, { revalidate });
}

export async function createDossierFromSignalementAction(input: unknown, form?: unknown) {
  return runAction(ZSignalementNewDossier, form ?? input, createDossierFromSignalement, { revalidate });
}

export async function setMaraudeMemberAction(input: unknown, form?: unknown) {
  return runAction(ZMaraudeMember, form ?? input, setMaraudeMember, { revalidate: ["/maraude/equipe"] });
}

export async function updateSignalementSettingsAction(input: unknown, form?: unknown) {
  return runAction(ZSignalementSettings, form ?? input, updateSignalementSettings, { revalidate: ["/maraude/equipe"] });
}
