// The information notice of a dossier: generated on each request (never stored), audited, and
// the date it was handed over recorded on the dossier (Usager.informationDonneeLe).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canGiveInformationNotice } from "@/lib/auth/permissions";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { NotFoundError } from "@/lib/domain/errors";
import { isoToDate, isUuid } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { retentionSettingsOf } from "@/lib/domain/settings/retention-settings";
import { formatCalendarDate } from "@/lib/format";
import type { z } from "zod";
import { renderInformationNotice } from "./notice-pdf";
import type { ZNoticeGiven } from "./notice-schemas";

async function loadDossier(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return null;
  const usager = await db.usager.findFirst({
    where: { AND: [usagerScope(actor), { id: usagerId, anonymiseLe: null }] },
    select: { id: true, structureId: true, civilite: true, nom: true, prenom: true, numeroDossier: true, informationDonneeLe: true, version: true },
  });
  return usager && canGiveInformationNotice(actor, usager) ? usager : null;
}

/** The PDF for a dossier the actor follows; null (404) otherwise. */
export async function getInformationNotice(actor: Actor, usagerId: string, now = new Date()) {
  const usager = await loadDossier(actor, usagerId);
  if (!usager) return null;
  const [structure, settings] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: usager.structureId } }),
    retentionSettingsOf(usager.structureId),
  ]);
  const civilite = usager.civilite === "MADAME" ? "Madame " : usager.civilite === "MONSIEUR" ? "Monsieur " : "";
  const pdf = await renderInformationNotice({
    structure: { nom: structure.name, adresse: structure.address, codePostal: structure.postalCode, commune: structure.city, telephone: structure.phone },
    personne: `${civilite}${usager.prenom} ${usager.nom.toUpperCase()}`,
    numeroDossier: usager.numeroDossier,
    dateRemise: formatCalendarDate(isoToDate(parisToday(now))),
    conservation: { dossierMois: settings.inactiviteAnonymisationMois, aidesRefuseesMois: settings.aidesRefuseesConservationMois, journalMois: settings.auditConservationMois },
  });
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "usager.notice", entityType: "Usager", entityId: usager.id }));
  return { pdf, filename: `notice-information-${usager.numeroDossier}.pdf` };
}

/** Records the date the notice was handed over (or given orally and in writing). */
export async function recordNoticeGiven(actor: Actor, input: z.output<typeof ZNoticeGiven>) {
  const usager = await loadDossier(actor, input.usagerId);
  if (!usager) throw new NotFoundError();
  const date = isoToDate(input.date)!;
  await db.$transaction(async (tx) => {
    await tx.usager.update({ where: { id: usager.id }, data: { informationDonneeLe: date, version: { increment: 1 } } });
    await writeAudit(tx, actor, { action: "usager.notice_remise", entityType: "Usager", entityId: usager.id, details: { date: input.date } });
  });
}
