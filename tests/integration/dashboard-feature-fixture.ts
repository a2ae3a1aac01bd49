// The hand-made world of the dashboard's feature sections (rendez-vous, ateliers, domiciliation):
// November 2026 in structure A, "now" is 20/11/2026 13:00 Paris, with records on each side of the
// Paris-day bounds and in structure B (never counted, never listed).
import { db } from "@/lib/db";
import { makeUsager, makeWorld } from "../helpers/factories";

export const NOW = new Date("2026-11-20T12:00:00Z");
const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function buildFeatureWorld() {
  const w = await makeWorld();
  const { ts, ts2 } = w.users;
  const fives = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  // Dossiers: U1 at the MDS (TS), U2 at Fives (TS2), U3 without a site (TS and TS2).
  const u1 = await makeUsager(w.a, { nom: "Un", prenom: "A", siteId: mds.id });
  const u2 = await makeUsager(w.a, { nom: "Deux", prenom: "B", siteId: fives.id });
  const u3 = await makeUsager(w.a, { nom: "Trois", prenom: "C" });
  const foreign = await makeUsager(w.b, { nom: "Autre", prenom: "Z", siteId: w.b.sites[0]!.id });
  await db.usagerReferent.createMany({
    data: [{ usagerId: u1.id, userId: ts.id }, { usagerId: u2.id, userId: ts2.id }, { usagerId: u3.id, userId: ts.id }, { usagerId: u3.id, userId: ts2.id }],
  });
  await db.usagerReferent.create({ data: { usagerId: foreign.id, userId: w.users.otherTs.id } });

  // Rendez-vous. 31/10 23:30 UTC is 01/11 00:30 Paris (November); 30/11 23:30 UTC is 01/12 (not).
  type Status = "PREVU" | "HONORE" | "EXCUSE" | "NON_VENU" | "ANNULE";
  const rdv = (travailleurId: string, siteId: string | null, debut: string, status: Status, usagerId: string | null = u1.id, structureId = w.a.id) =>
    db.rendezVous.create({
      data: { structureId, usagerId, travailleurId, siteId, kind: siteId ? "BUREAU" : "TELEPHONE", status, debut: at(debut), fin: new Date(at(debut).getTime() + 1_800_000) },
    });
  const rendezVous = {
    firstMinute: await rdv(ts.id, mds.id, "2026-10-31T23:30:00Z", "HONORE"),
    octoberLast: await rdv(ts.id, mds.id, "2026-10-31T22:30:00Z", "NON_VENU"),
    lastMinute: await rdv(ts2.id, fives.id, "2026-11-30T22:30:00Z", "NON_VENU", u2.id),
    december: await rdv(ts2.id, fives.id, "2026-11-30T23:30:00Z", "HONORE", u2.id),
    phone: await rdv(ts.id, null, "2026-11-10T09:00:00Z", "NON_VENU", u3.id),
    excused: await rdv(ts2.id, mds.id, "2026-11-12T09:00:00Z", "EXCUSE", u1.id),
    ts2Fives: await rdv(ts2.id, fives.id, "2026-11-13T09:00:00Z", "HONORE", u2.id),
    planned: await rdv(ts.id, mds.id, "2026-11-25T09:00:00Z", "PREVU"),
    cancelled: await rdv(ts.id, mds.id, "2026-11-05T09:00:00Z", "ANNULE"),
    march: await rdv(ts.id, fives.id, "2026-03-03T09:00:00Z", "HONORE", u3.id),
    foreign: await rdv(w.users.otherTs.id, w.b.sites[0]!.id, "2026-11-10T09:00:00Z", "NON_VENU", foreign.id, w.b.id),
  };

  // Ateliers (présences only count at held sessions).
  type AStatus = "PLANIFIE" | "REALISE" | "ANNULE";
  const atelier = (structureId: string, animateurId: string, debut: string, status: AStatus, theme: "BUDGET" | "SANTE" | "PARENTALITE", siteId: string | null) =>
    db.atelier.create({ data: { structureId, titre: `Atelier ${theme.toLowerCase()}`, theme, debut: at(debut), dureeMinutes: 90, siteId, capacite: 10, animateurId, status } });
  const ateliers = {
    a: await atelier(w.a.id, ts.id, "2026-10-31T23:30:00Z", "REALISE", "BUDGET", mds.id),
    b: await atelier(w.a.id, ts2.id, "2026-11-10T13:00:00Z", "REALISE", "BUDGET", fives.id),
    c: await atelier(w.a.id, ts.id, "2026-11-17T13:00:00Z", "REALISE", "SANTE", null),
    d: await atelier(w.a.id, ts.id, "2026-11-26T13:00:00Z", "PLANIFIE", "PARENTALITE", mds.id),
    e: await atelier(w.a.id, ts2.id, "2026-11-05T13:00:00Z", "ANNULE", "SANTE", mds.id),
    october: await atelier(w.a.id, ts.id, "2026-10-31T22:30:00Z", "REALISE", "BUDGET", mds.id),
    december: await atelier(w.a.id, ts.id, "2026-11-30T23:30:00Z", "REALISE", "BUDGET", mds.id),
    foreign: await atelier(w.b.id, w.users.otherTs.id, "2026-11-10T13:00:00Z", "REALISE", "BUDGET", w.b.sites[0]!.id),
  };
  const inscrire = (a: { id: string; structureId: string }, usagerId: string, presence: "PRESENT" | "ABSENT" | "EXCUSE" | null, status: "INSCRIT" | "ATTENTE" = "INSCRIT") =>
    db.atelierInscription.create({ data: { structureId: a.structureId, atelierId: a.id, usagerId, status, presence } });
  await Promise.all([
    inscrire(ateliers.a, u1.id, "PRESENT"), inscrire(ateliers.a, u2.id, "PRESENT"), inscrire(ateliers.a, u3.id, "ABSENT"),
    inscrire(ateliers.b, u1.id, "PRESENT"), inscrire(ateliers.b, u2.id, "EXCUSE"),
    inscrire(ateliers.c, u3.id, "PRESENT"), inscrire(ateliers.c, u2.id, null), inscrire(ateliers.c, u1.id, null, "ATTENTE"),
    inscrire(ateliers.d, u1.id, null), inscrire(ateliers.e, u1.id, "PRESENT"),
    inscrire(ateliers.october, u1.id, "PRESENT"), inscrire(ateliers.december, u2.id, "PRESENT"), inscrire(ateliers.foreign, foreign.id, "PRESENT"),
  ]);

  // Domiciliations (calendar dates). Today is 20/11/2026: a request of 19/09 is overdue (decision
  // due 19/11), one of 20/09 is not (due 20/11, today).
  type DStatus = "DEMANDEE" | "ACCORDEE" | "REFUSEE" | "TERMINEE";
  const dom = (usagerId: string, status: DStatus, demandeLe: string, more: { decisionLe?: string; finValidite?: string; finLe?: string } = {}, structureId = w.a.id) =>
    db.domiciliation.create({
      data: {
        structureId, usagerId, status, demandeLe: day(demandeLe), accuseReceptionLe: day(demandeLe), liens: ["SEJOUR"],
        decisionLe: more.decisionLe ? day(more.decisionLe) : null, debut: more.decisionLe ? day(more.decisionLe) : null,
        finValidite: more.finValidite ? day(more.finValidite) : null, finLe: more.finLe ? day(more.finLe) : null,
      },
    });
  const domiciliations = {
    overdue: await dom(u1.id, "DEMANDEE", "2026-09-19"),
    dueToday: await dom(u2.id, "DEMANDEE", "2026-09-20"),
    requestedNov1: await dom(u3.id, "DEMANDEE", "2026-11-01"),
    grantedNov30: await dom(u1.id, "ACCORDEE", "2026-11-02", { decisionLe: "2026-11-30", finValidite: "2027-11-29" }),
    expired: await dom(u2.id, "ACCORDEE", "2025-11-01", { decisionLe: "2025-11-19", finValidite: "2026-11-19" }),
    validToday: await dom(u3.id, "ACCORDEE", "2025-11-02", { decisionLe: "2025-11-20", finValidite: "2026-11-20" }),
    endedNov: await dom(u2.id, "TERMINEE", "2026-10-10", { decisionLe: "2026-11-03", finValidite: "2027-11-02", finLe: "2026-11-15" }),
    endedDec: await dom(u1.id, "TERMINEE", "2026-10-01", { decisionLe: "2026-10-31", finValidite: "2027-10-30", finLe: "2026-12-01" }),
    refusedNov1: await dom(u2.id, "REFUSEE", "2026-10-20", { decisionLe: "2026-11-01" }),
    refusedOct31: await dom(u3.id, "REFUSEE", "2026-10-01", { decisionLe: "2026-10-31" }),
    requestedDec1: await dom(u1.id, "DEMANDEE", "2026-12-01"),
    foreign: await dom(foreign.id, "DEMANDEE", "2026-09-01", {}, w.b.id),
  };
  return { w, u: { u1, u2, u3, foreign }, sites: { mds, fives }, rendezVous, ateliers, domiciliations };
}
