// The RESPONSABLE's review of inactive dossiers: the flagged list and, per dossier, a preview of
// what anonymisation removes and what it keeps.
import { addDays } from "date-fns";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canAnonymiseUsager, canReviewRetention } from "@/lib/auth/permissions";
import { auditScopeSql } from "@/lib/auth/scopes/audit";
import { retentionFlagScope } from "@/lib/auth/scopes/retention";
import { NotFoundError } from "@/lib/domain/errors";
import { isUuid } from "@/lib/domain/shared/fields";
import { ANONYMISE_STEPS } from "@/lib/domain/rgpd/anonymisers";
import { retentionSettingsOf } from "@/lib/domain/settings/retention-settings";

export async function listRetentionReview(actor: Actor) {
  if (!canReviewRetention(actor)) throw new NotFoundError();
  const settings = await retentionSettingsOf(actor.structureId);
  const flags = await db.retentionFlag.findMany({
    where: retentionFlagScope(actor),
    orderBy: [{ dernierContactLe: "asc" }],
    take: 500,
    select: {
      usagerId: true, dernierContactLe: true, signaleLe: true,
      usager: { select: { numeroDossier: true, nom: true, prenom: true, dateNaissance: true, status: true } },
    },
  });
  return {
    settings,
    rows: flags.map((f) => ({
      usagerId: f.usagerId, numeroDossier: f.usager.numeroDossier, nom: f.usager.nom, prenom: f.usager.prenom,
      dateNaissance: f.usager.dateNaissance, status: f.usager.status, dernierContactLe: f.dernierContactLe, signaleLe: f.signaleLe,
      anonymisationAutoLe: settings.anonymisationAutomatique ? addDays(f.signaleLe, settings.anonymisationDelaiGraceJours) : null,
    })),
  };
}

export type PreviewLine = { label: string; effet: string; nombre: number | null };

/** What anonymising this flagged dossier will do, counted; 404 outside the scope or when not flagged. */
export async function previewAnonymisation(actor: Actor, usagerId: string) {
  if (!isUuid(usagerId)) throw new NotFoundError();
  const flag = await db.retentionFlag.findFirst({
    where: { AND: [retentionFlagScope(actor), { usagerId }] },
    select: { dernierContactLe: true, signaleLe: true, usager: true },
  });
  if (!flag || !canAnonymiseUsager(actor, flag.usager)) throw new NotFoundError();
  const where = { usagerId };
  const [foyer, entretiens, notes, diagnostics, accompagnements, aides, fiches, orientations, audit] = await Promise.all([
    db.foyerMembre.count({ where }),
    db.entretien.count({ where }),
    db.entretien.count({ where: { usagerId, noteConfidentielle: { not: null } } }),
    db.diagnostic.count({ where }),
    db.accompagnement.count({ where }),
    db.aide.count({ where }),
    db.ficheLiaison.count({ where }),
    db.orientation.count({ where }),
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "AuditLog" a WHERE ${auditScopeSql(actor, "a")} AND details IS NOT NULL
        AND ("entityId" = ${usagerId} OR details->>'usagerId' = ${usagerId})`,
  ]);
  const u = flag.usager;
  const lines: PreviewLine[] = [
    { label: "Identité", effet: `nom, prénom, nom de naissance, téléphone, e-mail et adresse supprimés, date de naissance réduite à l'année (${u.dateNaissance.getUTCFullYear()}), dossier archivé`, nombre: null },
    { label: "Composition du foyer", effet: "noms supprimés, dates de naissance réduites à l'année, liens conservés", nombre: foyer },
    { label: "Entretiens", effet: "résumés, précisions et suites supprimés, dates, durées et canaux conservés", nombre: entretiens },
    { label: "Notes confidentielles", effet: "supprimées", nombre: notes },
    { label: "Diagnostics", effet: "conclusions, situations et besoins supprimés, domaines et priorités conservés", nombre: diagnostics },
    { label: "Accompagnements", effet: "textes libres (motif de clôture, plan, créanciers, lieux) supprimés, types, statuts, dates et montants conservés", nombre: accompagnements },
    { label: "Aides", effet: "objet et motif de refus supprimés, types, statuts, dates et montants conservés", nombre: aides },
    { label: "Fiches de liaison", effet: "identité, coordonnées et évaluation supprimées, motifs, dates et statuts conservés", nombre: fiches },
    { label: "Orientations", effet: "motifs et notes supprimés, partenaire, dates et statuts conservés", nombre: orientations },
    { label: "Journal d'audit", effet: "détails des entrées sur ce dossier effacés, les accès (qui, quand) restent", nombre: Number(audit[0]?.n ?? 0) },
    ...ANONYMISE_STEPS.map((s) => ({ label: s.label, effet: "", nombre: null })),
  ];
  return {
    usager: { id: u.id, numeroDossier: u.numeroDossier, nom: u.nom, prenom: u.prenom, dateNaissance: u.dateNaissance },
    dernierContactLe: flag.dernierContactLe, signaleLe: flag.signaleLe, lines,
  };
}
