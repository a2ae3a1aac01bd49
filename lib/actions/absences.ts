"use server";

import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { cancelAbsence, recordAbsence } from "@/lib/domain/absences/commands";
import { ZAbsence, ZAbsenceCancel } from "@/lib/domain/absences/schemas";
import { createAgendaFeed, revokeAgendaFeed } from "@/lib/domain/agenda/feeds";
import { ZAgendaFeed, ZAgendaFeedRevoke } from "@/lib/domain/agenda/feed-schemas";

// The account page, the team page and the dossiers (their référents' absence) show absences.
const revalidate: Revalidate[] = ["/compte", "/equipe/absences", ["/usagers", "layout"]];

export async function recordAbsenceAction(input: unknown, form?: unknown) {
  return runAction(ZAbsence, form ?? input, recordAbsence, { revalidate });
}

export async function cancelAbsenceAction(input: unknown, form?: unknown) {
  return runAction(ZAbsenceCancel, form ?? input, cancelAbsence, { revalidate });
}

export async function createAgendaFeedAction(input: unknown, form?: unknown) {
  return runAction(ZAgendaFeed, form ?? input, createAgendaFeed, { revalidate: ["/compte"] });
}

export async function revokeAgendaFeedAction(input: unknown, form?: unknown) {
  return runAction(ZAgendaFeedRevoke, form ?? input, revokeAgendaFeed, { revalidate: ["/compte"] });
}
