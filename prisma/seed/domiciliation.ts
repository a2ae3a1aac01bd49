// Demo domiciliations (issue #11), placed relative to today: one request awaiting its decision
// (interview done), one domiciliation in force with mail waiting and mail handed over, one
// expiring within 30 days (renewal list), and one refusal of last year (annual report). Also
// makes sure the reception agent of the Maison des Solidarités exists on an older database.
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password-hash";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { addDays, addMonths, validityEnd } from "@/lib/domain/domiciliation/deadlines";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

type Foundation = { demo: { id: string; users: { id: string; email: string }[]; sites?: { id: string; name: string }[] } };

async function ensureReceptionAgent(db: Db, structureId: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === "accueil@demo.passerelle.fr")!;
  const existing = await db.user.findUnique({ where: { email: account.email } });
  if (existing) return existing;
  const site = await db.site.findFirst({ where: { structureId, name: account.site } });
  return db.user.create({
    data: { structureId, siteId: site?.id ?? null, email: account.email, firstName: account.firstName, lastName: account.lastName, role: account.role, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
}

export async function seedDomiciliation(db: Db, foundation: Foundation, now = new Date()) {
  const structureId = foundation.demo.id;
  const accueil = await ensureReceptionAgent(db, structureId);
  const user = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
  const [ts, ts2, resp] = await Promise.all([user("ts@demo.passerelle.fr"), user("ts2@demo.passerelle.fr"), user("responsable@demo.passerelle.fr")]);
  // People without a stable home first; other active dossiers if the demo has too few.
  const people = await db.usager.findMany({
    where: { structureId, status: "ACTIF", logementStatut: { in: ["SANS_DOMICILE", "HABITAT_PRECAIRE", "HEBERGE_CHEZ_UN_TIERS"] }, NOT: { nom: { in: ["Lefèvre", "Dupont", "N'Diaye"] } } },
    orderBy: { numeroDossier: "asc" }, take: 4, select: { id: true, foyer: { select: { id: true } } },
  });
  if (people.length < 4) {
    people.push(...await db.usager.findMany({
      where: { structureId, status: "ACTIF", id: { notIn: people.map((p) => p.id) } }, orderBy: { numeroDossier: "desc" }, take: 4 - people.length, select: { id: true, foyer: { select: { id: true } } },
    }));
  }
  const [pending, inForce, expiring, refused] = people;
  if (!pending || !inForce || !expiring || !refused) return;
  const today = isoToDate(parisToday(now))!;
  const at = (d: Date, h = 10) => new Date(d.getTime() + h * 3600_000);
  const entretien = (usagerId: string, date: Date, authorId: string) => db.entretien.create({
    data: { structureId, usagerId, authorId, date: at(date), dureeMinutes: 40, canal: "BUREAU", objets: ["ACCES_AUX_DROITS", "LOGEMENT"], resume: "Entretien préalable à la domiciliation : situation d'hébergement, lien avec la commune, droits à ouvrir avec l'adresse." },
  });
  const audit = (actorId: string, action: string, entityId: string, usagerId: string, when: Date, details: Record<string, string> = {}) =>
    db.auditLog.create({ data: { actorId, structureId, action, entityType: "Domiciliation", entityId, at: at(when, 11), details: { usagerId, ...details } } });

  // 1. A request awaiting its decision, interview done.
  const demandeLe = addDays(today, -20);
  const e1 = await entretien(pending.id, addDays(today, -13), ts);
  const d1 = await db.domiciliation.create({
    data: { structureId, usagerId: pending.id, demandeLe, accuseReceptionLe: demandeLe, liens: ["SEJOUR", "SUIVI_SOCIAL_MEDICAL"], lienPrecision: "Dort chez des connaissances dans le quartier de Moulins depuis l'été.", entretienId: e1.id, createdById: ts },
  });
  await audit(ts, "domiciliation.request", d1.id, pending.id, demandeLe);

  // 2. In force for four months, mail handed over and mail waiting.
  const debut2 = addDays(today, -120);
  const e2 = await entretien(inForce.id, addDays(debut2, -7), ts2);
  const remisLe = at(addDays(today, -40), 14);
  const d2 = await db.domiciliation.create({
    data: {
      structureId, usagerId: inForce.id, demandeLe: addDays(debut2, -10), accuseReceptionLe: addDays(debut2, -10), liens: ["SEJOUR", "ACTIVITE_PROFESSIONNELLE"],
      membresCouverts: inForce.foyer.slice(0, 1).map((m) => m.id), entretienId: e2.id, status: "ACCORDEE", decisionLe: debut2, decideurId: ts2, debut: debut2,
      finValidite: validityEnd(debut2), dernierContactLe: remisLe, createdById: ts2,
    },
  });
  await audit(ts2, "domiciliation.request", d2.id, inForce.id, addDays(debut2, -10));
  await audit(ts2, "domiciliation.decision", d2.id, inForce.id, debut2, { decision: "ACCORDEE", debut: debut2.toISOString().slice(0, 10), finValidite: validityEnd(debut2).toISOString().slice(0, 10) });
  await db.courrierDomiciliation.createMany({
    data: [
      { structureId, domiciliationId: d2.id, recuLe: addDays(today, -45), expediteurType: "ORGANISME_SOCIAL", recommande: false, enregistreParId: accueil.id, status: "REMIS", remisLe, remisParId: accueil.id, signatureRecue: true },
      { structureId, domiciliationId: d2.id, recuLe: addDays(today, -6), expediteurType: "ORGANISME_SOCIAL", recommande: true, enregistreParId: accueil.id },
      { structureId, domiciliationId: d2.id, recuLe: addDays(today, -2), expediteurType: "ADMINISTRATION", recommande: false, enregistreParId: accueil.id },
    ],
  });

  // 3. Expiring in 11 days: shown in the renewal list.
  const debut3 = addDays(addMonths(today, -12), 12);
  const e3 = await entretien(expiring.id, addDays(debut3, -5), resp);
  const d3 = await db.domiciliation.create({
    data: {
      structureId, usagerId: expiring.id, demandeLe: addDays(debut3, -12), accuseReceptionLe: addDays(debut3, -12), liens: ["LIENS_FAMILIAUX"], entretienId: e3.id,
      status: "ACCORDEE", decisionLe: debut3, decideurId: resp, debut: debut3, finValidite: validityEnd(debut3), dernierContactLe: at(addDays(today, -25)), createdById: resp,
    },
  });
  await audit(resp, "domiciliation.decision", d3.id, expiring.id, debut3, { decision: "ACCORDEE", debut: debut3.toISOString().slice(0, 10), finValidite: validityEnd(debut3).toISOString().slice(0, 10) });

  // 4. A refusal of last year, for the annual report.
  const year = today.getUTCFullYear() - 1;
  const d4 = await db.domiciliation.create({
    data: {
      structureId, usagerId: refused.id, demandeLe: new Date(Date.UTC(year, 8, 3)), accuseReceptionLe: new Date(Date.UTC(year, 8, 3)), liens: ["AUTRE"],
      status: "REFUSEE", decisionLe: new Date(Date.UTC(year, 9, 1)), decideurId: resp, motifRefus: "DOMICILE_STABLE",
      motifRefusTexte: "La personne dispose d'un hébergement stable chez sa sœur, à l'adresse duquel elle peut recevoir son courrier.", createdById: ts,
    },
  });
  await audit(resp, "domiciliation.decision", d4.id, refused.id, new Date(Date.UTC(year, 9, 1)), { decision: "REFUSEE", motif: "DOMICILE_STABLE" });
}
