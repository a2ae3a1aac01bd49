// A dossier with something in every table that holds identity or free text, all of it older
// than two years before NOW, and a scan of the whole database for given strings.
import { db } from "@/lib/db";
import { makeUsager, type TestStructure } from "../helpers/factories";

export const NOW = new Date("2026-11-22T04:00:00Z");
export const monthsAgo = (m: number, from = NOW) => { const d = new Date(from); d.setUTCMonth(d.getUTCMonth() - m); return d; };
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Words that must be gone after anonymisation (each appears in some free-text field). */
export const SECRETS = {
  nom: "Zyrkowski", prenom: "Hortense", nomNaissance: "Brelandier", telephone: "0611223344", email: "hortense.z@exemple.fr",
  adresse: "12 impasse des Glycines", membre: "Théodorine", resume: "Expulsion-Secret-Resume", note: "Note-Confidentielle-Secret",
  conclusion: "Conclusion-Secret", situation: "Situation-Secret", motifCloture: "MotifCloture-Secret", objectif: "Objectif-Secret",
  creancier: "Creancier-Secret", aideObjet: "AideObjet-Secret", motifRefus: "MotifRefus-Secret", ficheNotes: "Evaluation-Secret",
  orientationMotif: "OrientationMotif-Secret", eventNote: "EventNote-Secret", bailleur: "Bailleur-Secret",
} as const;

export async function makeOldDossier(structure: TestStructure, authorId: string, siteId: string) {
  const S = SECRETS;
  const old = monthsAgo(30);
  const usager = await makeUsager(structure, { nom: S.nom, prenom: S.prenom, nomNaissance: S.nomNaissance, dateNaissance: "1961-07-14", lastContactAt: old, createdAt: monthsAgo(40) });
  await db.usager.update({ where: { id: usager.id }, data: { telephone: S.telephone, email: S.email, adresse: S.adresse, codePostal: "59000", commune: "Lille", bailleur: S.bailleur } });
  await db.foyerMembre.create({ data: { usagerId: usager.id, nom: S.nom, prenom: S.membre, dateNaissance: day("1990-03-02"), lien: "ENFANT" } });
  const base = { structureId: structure.id, usagerId: usager.id };
  await db.entretien.create({ data: { ...base, authorId, date: old, dureeMinutes: 45, canal: "BUREAU", objets: ["LOGEMENT"], resume: S.resume, noteConfidentielle: S.note, suites: S.resume } });
  await db.diagnostic.create({
    data: { ...base, authorId, numero: 1, date: old, conclusion: S.conclusion, propositions: ["ACCOMPAGNEMENT"],
      domaines: { create: [{ domaine: "LOGEMENT", situation: S.situation, besoins: S.situation, priorite: "HAUTE" }] } },
  });
  const acc = await db.accompagnement.create({
    data: { ...base, referentId: authorId, type: "BUDGETAIRE", status: "CLOS", debut: monthsAgo(38), motifCloture: S.motifCloture, closAt: old, statusChangedAt: old,
      objectifs: { create: [{ libelle: S.objectif, ordre: 1, actions: { create: [{ libelle: S.objectif, porteur: S.prenom }] } }] },
      dettes: { create: [{ creancier: S.creancier, montantCents: 120_000, mensualiteCents: 5_000 }] } },
  });
  const aide = await db.aide.create({
    data: { ...base, accompagnementId: acc.id, instructeurId: authorId, type: "ENERGIE", objet: S.aideObjet, montantDemandeCents: 30_000, montantAccordeCents: 25_000,
      status: "ACCORDEE", demandeLe: monthsAgo(33), decisionLe: monthsAgo(32), motifRefus: S.motifRefus },
  });
  const fiche = await db.ficheLiaison.create({
    data: { structureId: structure.id, reference: `FL-${usager.id.slice(0, 8)}`, siteId, agentId: authorId, nom: S.nom, prenom: S.prenom, dateNaissance: day("1961-07-14"),
      telephone: S.telephone, adresse: S.adresse, motifs: ["LOGEMENT"], urgence: "NORMALE", consentementTexte: "J'accepte", status: "CLOTUREE",
      evaluationNotes: S.ficheNotes, usagerId: usager.id, sentAt: monthsAgo(39) },
  });
  const partenaire = await db.partenaire.create({ data: { structureId: structure.id, nom: "Service social départemental", categorie: "SERVICE_SOCIAL_DEPARTEMENT", searchText: "service social" } });
  const orientation = await db.orientation.create({
    data: { ...base, partenaireId: partenaire.id, authorId, motif: S.orientationMotif, elementsTransmis: ["IDENTITE_CONTACT"], consentementLe: monthsAgo(36), date: monthsAgo(36),
      status: "REALISEE", events: { create: [{ status: "ENVOYEE", note: S.eventNote }] } },
  });
  // Audit rows about the dossier, some with details naming it.
  await db.auditLog.createMany({
    data: [
      { structureId: structure.id, actorId: authorId, action: "usager.create", entityType: "Usager", entityId: usager.id, details: { numeroDossier: usager.numeroDossier, nom: S.nom } },
      { structureId: structure.id, actorId: authorId, action: "aide.update", entityType: "Aide", entityId: aide.id, details: { usagerId: usager.id, champs: ["objet"] } },
      { structureId: structure.id, actorId: authorId, action: "accompagnement.status", entityType: "Accompagnement", entityId: acc.id, details: { usagerId: usager.id, motif: S.motifCloture } },
      { structureId: structure.id, actorId: authorId, action: "usager.read", entityType: "Usager", entityId: usager.id },
    ],
  });
  return { usager, acc, aide, fiche, orientation };
}

/** Every row of every public table as text: where a secret would hide if anonymisation missed it. */
export async function databaseText(): Promise<string> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const rows = await db.$queryRawUnsafe<{ t: string | null }[]>(`SELECT string_agg(x::text, E'\\n') AS t FROM "${tablename}" x`);
    parts.push(rows[0]?.t ?? "");
  }
  return parts.join("\n");
}

export async function rowCounts(): Promise<Record<string, number>> {
  const tables = ["Usager", "FoyerMembre", "Entretien", "Diagnostic", "DiagnosticDomaine", "Accompagnement", "PlanObjectif", "PlanAction", "Dette", "Aide", "FicheLiaison", "Orientation", "OrientationEvent"];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`))[0]!.n);
  return out;
}
