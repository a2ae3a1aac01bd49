// The hand-computed world of the dashboard tests: November 2026 in structure A, "now" is
// 20/11/2026 13:00 Paris. Every expected figure in the tests is worked out in the comments here.
import { db } from "@/lib/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { filterOf } from "@/lib/domain/dashboard/period";

export const NOW = new Date("2026-11-20T12:00:00Z");
export const NOVEMBER = filterOf({ du: "2026-11-01", au: "2026-11-30", site: "" });
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const at = (iso: string) => new Date(iso);

export async function buildDashboardWorld() {
  const w = await makeWorld();
  const { ts, ts2, agent } = w.users;
  const fives = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;

  // Dossiers. TS référent of U1 U2 U3 U4 (archived); TS2 of U1 and U5. U6 has no référent.
  const u1 = await makeUsager(w.a, { nom: "Un", prenom: "A", dateNaissance: "1990-06-01", quartier: "Fives", lastContactAt: ago(10), createdAt: at("2026-11-05T10:00:00Z") });
  const u2 = await makeUsager(w.a, { nom: "Deux", prenom: "B", dateNaissance: "1950-01-01", quartier: "Wazemmes", lastContactAt: ago(70), createdAt: at("2025-01-10T10:00:00Z") });
  const u3 = await makeUsager(w.a, { nom: "Trois", prenom: "C", dateNaissance: "1980-01-01", quartier: "Fives", lastContactAt: null, createdAt: ago(100) });
  const u4 = await makeUsager(w.a, { nom: "Quatre", prenom: "D", status: "ARCHIVE", lastContactAt: ago(400), createdAt: at("2024-01-01T10:00:00Z") });
  const u5 = await makeUsager(w.a, { nom: "Cinq", prenom: "E", dateNaissance: "2005-12-15", lastContactAt: ago(95), createdAt: at("2025-06-01T10:00:00Z") });
  const u6 = await makeUsager(w.a, { nom: "Six", prenom: "F", dateNaissance: "1970-01-01", quartier: "Fives", createdAt: at("2026-11-15T10:00:00Z") });
  await db.usager.update({ where: { id: u2.id }, data: { siteId: fives.id } });
  await db.usager.updateMany({ where: { id: { in: [u1.id, u3.id, u5.id, u6.id] } }, data: { siteId: mds.id } });
  await db.usagerReferent.createMany({
    data: [
      ...[u1, u2, u3, u4].map((u) => ({ usagerId: u.id, userId: ts.id })),
      ...[u1, u5].map((u) => ({ usagerId: u.id, userId: ts2.id })),
    ],
  });
  // Foyers: U1 couple with a child, U5 alone with a child, U6 lives with a parent, U2 alone.
  await db.foyerMembre.createMany({
    data: [
      { usagerId: u1.id, nom: "Un", prenom: "Conjoint", dateNaissance: at("1989-01-01"), lien: "CONJOINT" },
      { usagerId: u1.id, nom: "Un", prenom: "Enfant", dateNaissance: at("2018-01-01"), lien: "ENFANT" },
      { usagerId: u5.id, nom: "Cinq", prenom: "Bébé", dateNaissance: at("2025-01-01"), lien: "ENFANT" },
      { usagerId: u6.id, nom: "Six", prenom: "Mère", dateNaissance: at("1945-01-01"), lien: "PARENT" },
    ],
  });

  // Accompagnements: open ones count per dossier of the référent (CLOS never).
  const acc = (usagerId: string, type: "INDIVIDUEL" | "BUDGETAIRE" | "LOGEMENT", status: "PROPOSE" | "EN_COURS" | "SUSPENDU" | "CLOS", referentId: string) =>
    db.accompagnement.create({ data: { structureId: w.a.id, usagerId, type, status, referentId, debut: at("2026-01-01") } });
  await acc(u1.id, "INDIVIDUEL", "EN_COURS", ts.id);
  await acc(u1.id, "BUDGETAIRE", "CLOS", ts.id);
  await acc(u2.id, "INDIVIDUEL", "PROPOSE", ts.id);
  await acc(u5.id, "LOGEMENT", "SUSPENDU", ts2.id);

  // Entretiens: TS in November 2 bureau + 1 téléphone + 1 visite à domicile; one in October.
  const ent = (usagerId: string, authorId: string, date: string, canal: "BUREAU" | "TELEPHONE" | "VISITE_A_DOMICILE") =>
    db.entretien.create({ data: { structureId: w.a.id, usagerId, authorId, date: at(date), dureeMinutes: 30, canal, resume: "Point de situation", noteConfidentielle: "Note secrète" } });
  await ent(u1.id, ts.id, "2026-11-03T09:00:00Z", "BUREAU");
  await ent(u1.id, ts.id, "2026-11-10T09:00:00Z", "BUREAU");
  await ent(u2.id, ts.id, "2026-11-12T09:00:00Z", "TELEPHONE");
  await ent(u1.id, ts.id, "2026-11-14T09:00:00Z", "VISITE_A_DOMICILE");
  await ent(u3.id, ts.id, "2026-10-20T09:00:00Z", "BUREAU");
  await ent(u5.id, ts2.id, "2026-11-04T09:00:00Z", "VISITE_A_DOMICILE");
  // 31/10 23:30 UTC is 01/11 00:30 in Paris: inside November.
  await ent(u5.id, ts2.id, "2026-10-31T23:30:00Z", "TELEPHONE");

  // Fiches from the mairie de Fives. In November: F1 F2 F3 F4; F5 (October) is still pending.
  let n = 0;
  const fiche = (sentAt: string, status: "ENVOYEE" | "RECUE" | "EN_COURS" | "RDV_FIXE", times: { contact?: number; rdvFixe?: number; rdv?: number } = {}, assigneeId: string | null = null) => {
    const sent = at(sentAt);
    const plus = (ms?: number) => (ms === undefined ? null : new Date(sent.getTime() + ms));
    return db.ficheLiaison.create({
      data: {
        structureId: w.a.id, reference: `FL-2026-${String(++n).padStart(6, "0")}`, siteId: fives.id, agentId: agent.id,
        nom: "Ficheperson", prenom: "Fiche", urgence: "NORMALE", consentementTexte: "D'accord", status, sentAt: sent, statusChangedAt: sent,
        premierContactAt: plus(times.contact), rdvFixeAt: plus(times.rdvFixe), rdvDate: plus(times.rdv), assigneeId,
        evaluationNotes: "Évaluation confidentielle",
      },
    });
  };
  await fiche("2026-11-02T09:00:00Z", "RDV_FIXE", { contact: 2 * HOUR, rdvFixe: DAY, rdv: 5 * DAY }, ts.id);
  await fiche("2026-11-03T09:00:00Z", "EN_COURS", { contact: 26 * HOUR });
  await fiche("2026-11-05T09:00:00Z", "ENVOYEE");
  await fiche("2026-11-06T09:00:00Z", "RDV_FIXE", { contact: 50 * HOUR, rdvFixe: 3 * DAY, rdv: 9 * DAY });
  await fiche("2026-10-01T08:00:00Z", "RECUE");

  // Orientations (dates are calendar days).
  const p1 = await db.partenaire.create({ data: { structureId: w.a.id, nom: "Maison Nord Solidarités", categorie: "SERVICE_SOCIAL_DEPARTEMENT", searchText: "maison nord solidarites" } });
  const p2 = await db.partenaire.create({ data: { structureId: w.a.id, nom: "PMI de Fives", categorie: "PMI", searchText: "pmi de fives" } });
  const ori = (partenaireId: string, authorId: string, date: string, status: "ENVOYEE" | "ACCUSEE" | "ACCEPTEE" | "REFUSEE", accuseLe?: string, reponseLe?: string) =>
    db.orientation.create({
      data: {
        structureId: w.a.id, usagerId: u1.id, partenaireId, authorId, motif: "Motif confidentiel", elementsTransmis: ["IDENTITE_CONTACT"],
        consentementLe: at(date), date: at(date), status, accuseLe: accuseLe ? at(accuseLe) : null, reponseLe: reponseLe ? at(reponseLe) : null,
      },
    });
  await ori(p1.id, ts.id, "2026-11-03", "ACCEPTEE", "2026-11-05", "2026-11-10");
  await ori(p1.id, ts2.id, "2026-11-04", "REFUSEE", "2026-11-06", "2026-11-07");
  await ori(p1.id, ts2.id, "2026-11-10", "ENVOYEE");
  await ori(p1.id, ts2.id, "2026-10-15", "ENVOYEE");
  await ori(p2.id, ts2.id, "2026-11-12", "ACCUSEE", "2026-11-13");

  // Aides.
  const aide = (type: "ALIMENTAIRE" | "ENERGIE", instructeurId: string, demandeLe: string, demande: number, status: "DEMANDEE" | "EN_INSTRUCTION" | "ACCORDEE" | "REFUSEE", accorde: number | null = null) =>
    db.aide.create({ data: { structureId: w.a.id, usagerId: u2.id, instructeurId, type, demandeLe: at(demandeLe), montantDemandeCents: demande, status, montantAccordeCents: accorde } });
  await aide("ALIMENTAIRE", ts.id, "2026-11-02", 10_000, "ACCORDEE", 8_000);
  await aide("ALIMENTAIRE", ts2.id, "2026-11-05", 5_000, "REFUSEE");
  await aide("ALIMENTAIRE", ts2.id, "2026-10-20", 3_000, "EN_INSTRUCTION");
  await aide("ENERGIE", ts2.id, "2026-11-10", 20_000, "DEMANDEE");

  // Structure B: activity that must never show in A's figures.
  const other = await makeUsager(w.b, { nom: "Autre", prenom: "Z", quartier: "Fives", createdAt: at("2026-11-10T10:00:00Z") });
  await db.usagerReferent.create({ data: { usagerId: other.id, userId: w.users.otherTs.id } });
  await db.entretien.create({ data: { structureId: w.b.id, usagerId: other.id, authorId: w.users.otherTs.id, date: at("2026-11-10T10:00:00Z"), dureeMinutes: 30, canal: "BUREAU", resume: "x" } });

  return { w, u: { u1, u2, u3, u4, u5, u6 }, sites: { fives, mds }, partenaires: { p1, p2 } };
}
