// Reads of transmissions, through the actor's scope (an AGENT, the ADMIN or another structure read
// nothing). Threads newest first, replies in the order they were written; each message says what
// it is about inside the dossier and whether the actor may still correct it.
import { db } from "@/lib/db";
import { rowsByParent } from "@/lib/domain/shared/related-rows";
import type { Actor } from "@/lib/auth/actor";
import { canEditTransmission } from "@/lib/auth/permissions";
import { aideScope } from "@/lib/auth/scopes/aide";
import { entretienScope } from "@/lib/auth/scopes/entretien";
import { orientationScope } from "@/lib/auth/scopes/orientation";
import { transmissionScope } from "@/lib/auth/scopes/transmission";
import { AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { structureUserNames } from "@/lib/domain/shared/user-names";
import { formatDateTime } from "@/lib/format";

export type TransmissionFilter = { entretienId?: string; aideId?: string; orientationId?: string };

export type TransmissionView = {
  id: string; texte: string; at: Date; editedAt: Date | null; author: string; canEdit: boolean;
  mentions: string[]; about: string | null;
};
export type TransmissionThread = TransmissionView & { replies: TransmissionView[] };

const SELECT = { id: true, structureId: true, parentId: true, authorId: true, texte: true, createdAt: true, editedAt: true, entretienId: true, aideId: true, orientationId: true } as const;

/** The threads of a dossier, or of one of its entretiens, aides or orientations. */
export async function listTransmissions(actor: Actor, usagerId: string, filter: TransmissionFilter = {}, now = new Date()): Promise<TransmissionThread[]> {
  const rows = await db.transmission.findMany({
    where: { AND: [transmissionScope(actor), { usagerId }, filter] },
    select: SELECT,
    orderBy: { createdAt: "asc" },
    take: 1_000,
  });
  if (rows.length === 0) return [];
  const [names, about, mentions] = await Promise.all([
    structureUserNames(actor), subjectLabels(actor, rows),
    rowsByParent(rows.map((r) => r.id), (ids) => db.transmissionMention.findMany({ where: { transmissionId: { in: ids } }, select: { transmissionId: true, userId: true } }), (m) => m.transmissionId),
  ]);
  const view = (r: (typeof rows)[number]): TransmissionView => ({
    id: r.id, texte: r.texte, at: r.createdAt, editedAt: r.editedAt, author: names(r.authorId) ?? "compte supprimé",
    canEdit: canEditTransmission(actor, r, now), mentions: (mentions.get(r.id) ?? []).map((m) => names(m.userId)).filter((n): n is string => !!n),
    about: about(r),
  });
  const roots = rows.filter((r) => !r.parentId);
  return roots.reverse().map((r) => ({ ...view(r), replies: rows.filter((x) => x.parentId === r.id).map(view) }));
}

type SubjectRow = { entretienId: string | null; aideId: string | null; orientationId: string | null };

/** "Entretien du 02/03/2026 à 10:00", "Aide alimentaire", "Orientation vers la PMI": what a message is about. */
async function subjectLabels(actor: Actor, rows: SubjectRow[]) {
  const ids = (k: keyof SubjectRow) => [...new Set(rows.map((r) => r[k]).filter((x): x is string => !!x))];
  const [entretiens, aides, orientations] = await Promise.all([
    ids("entretienId").length ? db.entretien.findMany({ where: { AND: [entretienScope(actor), { id: { in: ids("entretienId") } }] }, select: { id: true, date: true } }) : [],
    ids("aideId").length ? db.aide.findMany({ where: { AND: [aideScope(actor), { id: { in: ids("aideId") } }] }, select: { id: true, type: true } }) : [],
    ids("orientationId").length ? db.orientation.findMany({ where: { AND: [orientationScope(actor), { id: { in: ids("orientationId") } }] }, select: { id: true, partenaire: { select: { nom: true } } } }) : [],
  ]);
  const e = new Map(entretiens.map((x) => [x.id, `Entretien du ${formatDateTime(x.date)}`]));
  const a = new Map(aides.map((x) => [x.id, AIDE_TYPE_LABELS[x.type]]));
  const o = new Map(orientations.map((x) => [x.id, `Orientation vers ${x.partenaire.nom}`]));
  return (r: SubjectRow) => (r.entretienId ? e.get(r.entretienId) : r.aideId ? a.get(r.aideId) : r.orientationId ? o.get(r.orientationId) : null) ?? null;
}
