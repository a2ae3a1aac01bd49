// Right of access (RGPD art. 15): everything held about a person, each part of the registry
// (parts.ts) giving its sections, then who accessed the file, from the audit log. The law gives
// the person access to notes written about them, confidential ones included: they are marked as
// such. Rendered as JSON or PDF, and the export itself is written to the audit log.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canExportPersonData } from "@/lib/auth/permissions";
import { auditScope } from "@/lib/auth/scopes/audit";
import { usagerScope } from "@/lib/auth/scopes/usager";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { auditActionLabel } from "@/lib/domain/audit/labels";
import { isUuid } from "@/lib/domain/shared/fields";
import type { PersonReport, ReportLine } from "@/lib/domain/shared/dossier-part";
import { formatDateTime } from "@/lib/format";
import { DOSSIER_PARTS } from "./parts";
import { renderPersonReportPdf } from "./person-pdf";

export async function collectPersonData(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) return null;
  const usager = await db.usager.findFirst({
    where: { AND: [usagerScope(actor), { id: usagerId }] },
    select: { id: true, structureId: true, numeroDossier: true, nom: true, prenom: true },
  });
  if (!usager || !canExportPersonData(actor, usager)) return null;
  const [structure, accesses, users] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: actor.structureId }, select: { name: true, address: true, postalCode: true, city: true } }),
    db.auditLog.findMany({ where: { AND: [auditScope(actor), { entityType: "Usager", entityId: usagerId }] }, orderBy: { at: "asc" } }),
    db.user.findMany({ where: colleagueScope(actor), select: { id: true, firstName: true, lastName: true } }),
  ]);
  const name = (id: string | null) => {
    const u = users.find((x) => x.id === id);
    return u ? `${u.firstName} ${u.lastName}` : "compte supprimé";
  };
  const target = { usagerId, structureId: usager.structureId };
  const sections = (await Promise.all(DOSSIER_PARTS.map((p) => p.personExport?.(db, target, name) ?? []))).flat();
  return { structure, usager, sections, accesses: accesses.map((a) => ({ at: a.at, action: a.action, by: name(a.actorId), ip: a.ip })) };
}
export type PersonData = NonNullable<Awaited<ReturnType<typeof collectPersonData>>>;

/** The document: the parts' sections in the registry's order, then the accesses. */
export function buildPersonReport({ structure, usager: u, sections, accesses }: PersonData, now = new Date()): PersonReport {
  return {
    titre: `Données détenues sur ${u.prenom} ${u.nom}`,
    structure: `${structure.name}, ${structure.address}, ${structure.postalCode} ${structure.city}`,
    genereLe: formatDateTime(now),
    avertissement: "Document établi au titre du droit d'accès (article 15 du RGPD). Il contient toutes les informations enregistrées sur vous, y compris les notes confidentielles de vos interlocuteurs, signalées comme telles.",
    sections: [
      ...sections,
      { titre: "Accès et modifications du dossier", lignes: accesses.map((a): ReportLine => [formatDateTime(a.at), `${auditActionLabel(a.action)} par ${a.by}${a.ip ? ` (adresse ${a.ip})` : ""}`]) },
    ],
  };
}

export async function exportPersonData(actor: Actor, usagerId: string, format: "json" | "pdf") {
  const data = await collectPersonData(actor, usagerId);
  if (!data) return null;
  const report = buildPersonReport(data);
  const body = format === "pdf" ? await renderPersonReportPdf(report) : Buffer.from(JSON.stringify(report, null, 2), "utf8");
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "usager.export", entityType: "Usager", entityId: usagerId, details: { format } }));
  return { body, filename: `donnees-${data.usager.numeroDossier}.${format}` };
}
