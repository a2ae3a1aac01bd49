// A domiciliation letter (PDF) generated on each request, never stored: the kind follows the
// status (granted: attestation, refused: refusal, ended: end). The domain checks the rule and
// writes the audit row; anyone else gets null (404).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { canManageDomiciliation } from "@/lib/auth/permissions";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isoToDate, isUuid } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { CIVILITE_LABELS } from "@/lib/domain/usagers/labels";
import { formatCalendarDate } from "@/lib/format";
import { MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "./labels";
import { renderDomiciliationLetter, type LetterData, type LetterKind } from "./letter-pdf";

const KIND_OF = { ACCORDEE: "attestation", REFUSEE: "refus", TERMINEE: "fin" } as const;

export async function getDomiciliationLetter(actor: Actor, id: string, now = new Date()) {
  if (!isUuid(id)) return null;
  const d = await db.domiciliation.findFirst({
    where: { AND: [domiciliationScope(actor), { id }] },
    include: { usager: { select: { id: true, civilite: true, nom: true, prenom: true, dateNaissance: true, numeroDossier: true, foyer: true } } },
  });
  if (!d || !canManageDomiciliation(actor, d) || d.status === "DEMANDEE") return null;
  const kind: LetterKind = KIND_OF[d.status];
  const [structure, signer] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: actor.structureId }, select: { name: true, address: true, postalCode: true, city: true, phone: true } }),
    d.decideurId ? db.user.findFirst({ where: { AND: [colleagueScope(actor), { id: d.decideurId }] }, select: { firstName: true, lastName: true, role: true } }) : null,
  ]);
  const u = d.usager;
  const data: LetterData = {
    kind,
    organisme: { nom: structure.name, adresse: structure.address, codePostal: structure.postalCode, commune: structure.city, telephone: structure.phone },
    lieuDate: `${structure.city}, le ${formatCalendarDate(isoToDate(parisToday(now)))}`,
    reference: `dossier n° ${u.numeroDossier}, domiciliation n° ${d.id.slice(0, 8)}`,
    personne: { civilite: u.civilite ? CIVILITE_LABELS[u.civilite] : null, nom: u.nom, prenom: u.prenom, dateNaissance: formatCalendarDate(u.dateNaissance) },
    ayantsDroit: u.foyer.filter((m) => d.membresCouverts.includes(m.id)).map((m) => `${m.prenom} ${m.nom.toUpperCase()}, né·e le ${formatCalendarDate(m.dateNaissance)}`),
    demandeLe: formatCalendarDate(d.demandeLe),
    decisionLe: d.decisionLe ? formatCalendarDate(d.decisionLe) : null,
    debut: d.debut ? formatCalendarDate(d.debut) : null,
    finValidite: d.finValidite ? formatCalendarDate(d.finValidite) : null,
    motif: kind === "refus" ? (d.motifRefus ? MOTIF_REFUS_LABELS[d.motifRefus] : null) : kind === "fin" && d.motifFin ? MOTIF_FIN_LABELS[d.motifFin] : null,
    motifTexte: kind === "refus" ? d.motifRefusTexte : d.finPrecision,
    finLe: d.finLe ? formatCalendarDate(d.finLe) : null,
    signataire: signer ? { nom: `${signer.firstName} ${signer.lastName}`, fonction: ROLE_LABELS[signer.role] } : { nom: `${actor.firstName} ${actor.lastName}`, fonction: ROLE_LABELS[actor.role] },
  };
  const pdf = await renderDomiciliationLetter(data);
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "domiciliation.letter", entityType: "Domiciliation", entityId: d.id, details: { usagerId: u.id, kind } }));
  return { pdf, filename: `domiciliation-${kind}-${u.numeroDossier}.pdf` };
}
