// Demo dossiers at work (issue 18): four dossiers of the demo travailleuse sociale (ts@) followed
// for two years (30+ entretiens, three diagnostics, an accompagnement with its plan, aids,
// orientations, a domiciliation ending soon), and her day: rendez-vous today and this week, a
// permanence today. Generated (seeded PRNG), never real people. Idempotent: the histories are
// written once (marker: the first dossier's entretiens); the day's rendez-vous are added on a day
// that has none, so a demo started tomorrow has its day too. A few bulk inserts: it runs at
// every start.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, isoWeekday } from "@/lib/domain/agenda/calendar";
import { parisLocalToDate, parisToday } from "@/lib/domain/shared/paris-time";
import { CONCLUSIONS, PLAN, RESUMES, SUITES } from "./histoires-data";
import { int, mulberry32, pick, type Rng } from "./usagers-random";

type Foundation = { demo: { id: string; sites: { id: string; name: string }[]; users: { id: string; email: string }[] } };

const E2E_ANCHORS = ["Lefèvre", "Dupont", "N'Diaye"];
const DOMAINES = ["ACCES_AUX_DROITS", "BUDGET", "LOGEMENT", "SANTE", "EMPLOI_INSERTION", "FAMILLE_PARENTALITE", "MOBILITE", "ISOLEMENT"] as const;
const CANAUX = ["BUREAU", "BUREAU", "TELEPHONE", "VISITE_A_DOMICILE", "PERMANENCE_MAIRIE"] as const;
const STORIES = 4;
const ENTRETIENS = 32;
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (day: string, time: string) => parisLocalToDate(`${day}T${time}`)!;
const uuid = () => crypto.randomUUID();

/** The dossiers of ts@ the histories are about: the oldest ones, the end-to-end anchors left alone. */
async function storyDossiers(db: Db, structureId: string, tsId: string) {
  const rows = await db.usager.findMany({
    where: { structureId, status: "ACTIF", referents: { some: { userId: tsId } }, nom: { notIn: E2E_ANCHORS }, domiciliations: { none: {} } },
    select: { id: true }, orderBy: { numeroDossier: "asc" }, take: STORIES,
  });
  return rows.map((r) => r.id);
}

export async function seedHistoires(db: Db, foundation: Foundation, now = new Date()): Promise<string[]> {
  const { demo } = foundation;
  const ts = demo.users.find((u) => u.email === "ts@demo.passerelle.fr")?.id;
  const partenaire = await db.partenaire.findFirst({ where: { structureId: demo.id }, select: { id: true }, orderBy: { nom: "asc" } });
  if (!ts) return [];
  const done: string[] = [];
  const marker = await db.usager.findFirst({ where: { structureId: demo.id, entretiens: { some: { resume: RESUMES[0] } } }, select: { id: true } });
  const ids = marker ? [] : await storyDossiers(db, demo.id, ts);
  if (ids.length) {
    await writeHistories(db, mulberry32(0x2026_1218), demo.id, ts, partenaire?.id ?? null, ids, parisToday(now));
    done.push("dossiers suivis depuis deux ans");
  }
  if (await seedToday(db, demo, ts, parisToday(now))) done.push("journée du jour (rendez-vous, permanence)");
  return done;
}

async function writeHistories(db: Db, rng: Rng, structureId: string, ts: string, partenaireId: string | null, ids: string[], today: string) {
  const entretiens: Prisma.EntretienCreateManyInput[] = [], diagnostics: Prisma.DiagnosticCreateManyInput[] = [];
  const domaines: Prisma.DiagnosticDomaineCreateManyInput[] = [], accompagnements: Prisma.AccompagnementCreateManyInput[] = [];
  const objectifs: Prisma.PlanObjectifCreateManyInput[] = [], actions: Prisma.PlanActionCreateManyInput[] = [];
  const aides: Prisma.AideCreateManyInput[] = [], orientations: Prisma.OrientationCreateManyInput[] = [];
  for (const [n, usagerId] of ids.entries()) {
    const start = addDays(today, -730 + n * 15);
    for (let i = 0; i < ENTRETIENS; i++) {
      const day = addDays(start, Math.round((i * 715) / ENTRETIENS) + int(rng, 0, 4));
      const objets = [pick(rng, DOMAINES), pick(rng, DOMAINES)].filter((v, k, a) => a.indexOf(v) === k);
      entretiens.push({
        id: uuid(), structureId, usagerId, authorId: ts, date: at(day, `${String(int(rng, 9, 16)).padStart(2, "0")}:${pick(rng, ["00", "15", "30", "45"])}`),
        dureeMinutes: pick(rng, [30, 45, 45, 60]), canal: pick(rng, CANAUX), objets, objetPrecision: "", resume: i === 0 && n === 0 ? RESUMES[0]! : pick(rng, RESUMES), suites: pick(rng, SUITES),
      });
    }
    for (let k = 0; k < 3; k++) {
      const id = uuid();
      diagnostics.push({ id, structureId, usagerId, authorId: ts, numero: k + 1, date: asDate(addDays(start, k * 300)), droitsNonOuverts: k === 0 ? ["PRIME_ACTIVITE" as const, "CSS" as const] : [], conclusion: CONCLUSIONS[k]!, propositions: ["ACCOMPAGNEMENT" as const] });
      domaines.push(
        { diagnosticId: id, domaine: "BUDGET" as const, situation: "Ressources irrégulières, impayés de loyer et d'énergie.", besoins: "Budget mensuel, échéancier.", priorite: k === 2 ? "FAIBLE" as const : "HAUTE" as const },
        { diagnosticId: id, domaine: "EMPLOI_INSERTION" as const, situation: "Sans emploi depuis plus d'un an.", besoins: "Atelier CV, mode de garde.", priorite: "MOYENNE" as const },
      );
    }
    const accId = uuid();
    accompagnements.push({ id: accId, structureId, usagerId, referentId: ts, type: "BUDGETAIRE" as const, debut: asDate(addDays(start, 20)), finPrevue: asDate(addDays(today, 180)), status: "EN_COURS" as const });
    PLAN.forEach((o, k) => {
      const objectifId = uuid();
      objectifs.push({ id: objectifId, accompagnementId: accId, libelle: o.libelle, ordre: k });
      o.actions.forEach((libelle, j) => {
        const faite = k === 0 ? j < 3 : k === 1 ? j < 1 : false;
        actions.push({ objectifId, libelle, porteur: j % 2 ? "La personne" : "La travailleuse sociale", status: faite ? "FAITE" as const : j === 0 ? "EN_COURS" as const : "A_FAIRE" as const, echeance: asDate(addDays(today, faite ? -200 + j * 30 : (k - 1) * 20 + j * 7 - 10)) });
      });
    });
    const aide = { structureId, usagerId, accompagnementId: accId, instructeurId: ts, objet: "Facture d'énergie" };
    aides.push(
      { ...aide, type: "ENERGIE" as const, montantDemandeCents: 18_000, montantAccordeCents: 15_000, status: "ACCORDEE" as const, demandeLe: asDate(addDays(start, 60)), decisionLe: asDate(addDays(start, 75)), modePaiement: "VIREMENT" as const, payeLe: asDate(addDays(start, 80)) },
      { ...aide, type: "ALIMENTAIRE" as const, objet: "Colis alimentaire", montantDemandeCents: 8_000, status: "EN_INSTRUCTION" as const, demandeLe: asDate(addDays(today, -6)) },
    );
    if (partenaireId) {
      orientations.push(
        { structureId, usagerId, partenaireId, authorId: ts, motif: "Accompagnement vers l'emploi", elementsTransmis: ["IDENTITE_CONTACT" as const, "SYNTHESE_DIAGNOSTIC" as const], consentementLe: asDate(addDays(start, 300)), date: asDate(addDays(start, 300)), status: "REALISEE" as const, realiseeLe: asDate(addDays(start, 340)) },
        { structureId, usagerId, partenaireId, authorId: ts, motif: "Bilan de santé", elementsTransmis: ["IDENTITE_CONTACT" as const], consentementLe: asDate(addDays(today, -12)), date: asDate(addDays(today, -12)), status: "ENVOYEE" as const },
      );
    }
  }
  const first = ids[0]!;
  const finValidite = asDate(addDays(today, 40));
  // All or nothing: a failed seed leaves no half-written history behind.
  await db.$transaction([
    db.entretien.createMany({ data: entretiens }),
    db.diagnostic.createMany({ data: diagnostics }),
    db.diagnosticDomaine.createMany({ data: domaines }),
    db.accompagnement.createMany({ data: accompagnements }),
    db.planObjectif.createMany({ data: objectifs }),
    db.planAction.createMany({ data: actions }),
    db.aide.createMany({ data: aides }),
    db.orientation.createMany({ data: orientations }),
    // The first dossier's domiciliation ends in 40 days: the dossier's header says so.
    db.domiciliation.create({ data: {
      structureId, usagerId: first, demandeLe: asDate(addDays(today, -340)), accuseReceptionLe: asDate(addDays(today, -340)), liens: ["SEJOUR"],
      status: "ACCORDEE", decisionLe: asDate(addDays(today, -325)), decideurId: ts, debut: asDate(addDays(today, -325)), finValidite, createdById: ts,
    } }),
    ...ids.map((id) => db.usager.update({ where: { id }, data: { lastContactAt: entretiens.filter((e) => e.usagerId === id).reduce((m, e) => (new Date(e.date) > m ? new Date(e.date) : m), new Date(0)) } })),
  ]);
}

/** Rendez-vous today and later this week for the histories' dossiers, and a permanence today. */
async function seedToday(db: Db, demo: Foundation["demo"], ts: string, today: string): Promise<boolean> {
  const start = at(today, "00:00");
  const end = at(addDays(today, 1), "00:00");
  if (await db.rendezVous.count({ where: { structureId: demo.id, travailleurId: ts, debut: { gte: start, lt: end } } })) return false;
  const ids = await db.usager.findMany({ where: { structureId: demo.id, entretiens: { some: { resume: RESUMES[0] } } }, select: { id: true } })
    .then(async (marked) => (marked.length ? db.usager.findMany({ where: { structureId: demo.id, referents: { some: { userId: ts } }, nom: { notIn: E2E_ANCHORS }, status: "ACTIF" }, select: { id: true }, orderBy: { numeroDossier: "asc" }, take: STORIES }) : []));
  if (ids.length === 0) return false;
  const mds = demo.sites.find((s) => s.name === "Maison des Solidarités Centre")?.id ?? null;
  const hdv = demo.sites.find((s) => s.name === "Hôtel de Ville")?.id ?? mds;
  const rdv = (usagerId: string, day: string, time: string, minutes: number, kind: "BUREAU" | "TELEPHONE", objet: string) => {
    const debut = at(day, time);
    return { structureId: demo.id, usagerId, travailleurId: ts, kind, siteId: kind === "BUREAU" ? mds : null, debut, fin: new Date(debut.getTime() + minutes * 60_000), objet, createdById: ts };
  };
  const weekday = isoWeekday(today);
  const later = [1, 2, 3].map((d) => addDays(today, d)).filter((d) => isoWeekday(d) <= 5);
  await db.$transaction(async (tx) => {
    await tx.rendezVous.createMany({ data: [
      rdv(ids[0]!.id, today, "11:30", 45, "BUREAU", "Point sur l'échéancier"),
      rdv(ids[1 % ids.length]!.id, today, "16:45", 30, "TELEPHONE", "Réponse de la commission"),
      ...later.map((d, k) => rdv(ids[(k + 2) % ids.length]!.id, d, "10:00", 45, "BUREAU", "Entretien de suivi")),
    ] });
    // A permanence on today's weekday, at the Hôtel de Ville, if ts@ has none that day.
    if (weekday <= 5 && hdv && !(await tx.permanence.count({ where: { structureId: demo.id, travailleurId: ts, jour: weekday } }))) {
      await tx.permanence.create({ data: { structureId: demo.id, siteId: hdv, travailleurId: ts, jour: weekday, debut: "08:30", fin: "10:30", dureeCreneauMinutes: 30, depuis: asDate(addDays(today, -7)) } });
    }
  });
  return true;
}
