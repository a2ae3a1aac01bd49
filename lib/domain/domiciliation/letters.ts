// A domiciliation letter (PDF) generated on each request, never stored (the dossier's Courriers
// card can also generate it and keep it as a pièce jointe): the kind follows the
// status (granted: attestation, refused: refusal, ended: end). The domain checks the rule and
// writes the audit row; anyone else gets null (404).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canManageDomiciliation } from "@/lib/auth/permissions";
import { domiciliationScope } from "@/lib/auth/scopes/domiciliation";
import { colleagueScope } from "@/lib/auth/scopes/user";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isUuid } from "@/lib/domain/shared/fields";
import { appealBlocks } from "@/lib/domain/shared/letter/appeal";
import { loadLetterhead, placeDateOf, signatureOf } from "@/lib/domain/shared/letter/letterhead";
import { renderLetterPdf } from "@/lib/domain/shared/letter/render-pdf";
import { CIVILITE_LABELS } from "@/lib/domain/usagers/labels";
import { formatCalendarDate } from "@/lib/format";
import { MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "./labels";
import { domiciliationLetter, type LetterData, type LetterKind } from "./letter-content";

const KIND_OF = { ACCORDEE: "attestation", REFUSEE: "refus", TERMINEE: "fin" } as const;

/** The letter the domiciliation's status calls for, as a Letter; null when the actor may not have it. */
export async function buildDomiciliationLetter(actor: Actor, id: string, now = new Date()) {
  if (!isUuid(id)) return null;
  const d = await db.domiciliation.findFirst({
    where: { AND: [domiciliationScope(actor), { id }] },
    include: { usager: { select: { id: true, civilite: true, nom: true, prenom: true, dateNaissance: true, numeroDossier: true, foyer: true } } },
  });
  if (!d || !canManageDomiciliation(actor, d) || d.status === "DEMANDEE") return null;
  const kind: LetterKind = KIND_OF[d.status];
  const [structure, signer, settings] = await Promise.all([
    db.structure.findUniqueOrThrow({ where: { id: actor.structureId }, select: { name: true, address: true, postalCode: true, city: true, phone: true } }),
    d.decideurId ? db.user.findFirst({ where: { AND: [colleagueScope(actor), { id: d.decideurId }] }, select: { firstName: true, lastName: true, role: true } }) : null,
    loadLetterhead(actor.structureId),
  ]);
  const u = d.usager;
  const data: LetterData = {
    kind,
    letterhead: settings.letterhead,
    organisme: { nom: structure.name, adresse: structure.address, codePostal: structure.postalCode, commune: structure.city, telephone: structure.phone },
    lieuDate: placeDateOf(settings, now),
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
    signataire: signatureOf(settings, signer ?? actor),
    recours: kind === "attestation" ? [] : appealBlocks(settings),
  };
  return { letter: domiciliationLetter(data), kind, usager: u, filename: `domiciliation-${kind}-${u.numeroDossier}` };
}

export async function getDomiciliationLetter(actor: Actor, id: string, now = new Date()) {
  const built = await buildDomiciliationLetter(actor, id, now);
  if (!built) return null;
  const { kind, usager: u } = built;
  const pdf = await renderLetterPdf(built.letter);
  await db.$transaction((tx) => writeAudit(tx, actor, { action: "domiciliation.letter", entityType: "Domiciliation", entityId: id, details: { usagerId: u.id, kind } }));
  return { pdf, filename: `${built.filename}.pdf` };
}
