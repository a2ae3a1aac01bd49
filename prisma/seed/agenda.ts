// Demo agenda: the permanences of ts@ at the mairie de quartier de Fives (Tuesday mornings, with a
// holiday three weeks ahead) and of ts2@ at the Maison des Solidarités (Thursday afternoons), and
// rendez-vous of the demo usagers around today: past ones honoured, excused or missed (the no-show
// figures), coming ones this week and next. ts@'s afternoons stay free before 16:30 (the fiches
// end-to-end test books 14:30). Called by prisma/seed/index.ts when there is none.
import type { Db } from "@/lib/db";
import { addDays, isoWeekday } from "@/lib/domain/agenda/calendar";
import { parisLocalToDate, parisToday } from "@/lib/domain/shared/paris-time";
import type { RendezVousKind, RendezVousStatus } from "@/lib/domain/agenda/labels";

type Foundation = { demo: { id: string; sites: { id: string; name: string }[]; users: { id: string; email: string }[] } };
type Seed = {
  worker: "ts" | "ts2"; person: string | number; date: string; time: string; minutes: number; kind: RendezVousKind;
  site: "fives" | "mds" | null; status: RendezVousStatus; rappel?: boolean; objet?: string;
};

export async function seedAgenda(db: Db, foundation: Foundation, now = new Date()) {
  const { demo } = foundation;
  const user = (email: string) => demo.users.find((u) => u.email === email)!.id;
  const site = (name: string) => demo.sites.find((s) => s.name === name)!.id;
  const ts = user("ts@demo.passerelle.fr"), ts2 = user("ts2@demo.passerelle.fr");
  const fives = site("Mairie de quartier de Fives"), mds = site("Maison des Solidarités Centre");
  const today = parisToday(now);
  const nextTue = addDays(today, ((2 - isoWeekday(today) + 7) % 7) || 7);
  const prevTue = addDays(nextTue, -7);
  const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

  const permanence = await db.permanence.create({
    data: { structureId: demo.id, siteId: fives, travailleurId: ts, jour: 2, debut: "09:00", fin: "12:00", dureeCreneauMinutes: 30, depuis: asDate(addDays(today, -70)) },
  });
  await db.permanenceException.create({ data: { permanenceId: permanence.id, date: asDate(addDays(nextTue, 14)), motif: "Congés" } });
  await db.permanence.create({
    data: { structureId: demo.id, siteId: mds, travailleurId: ts2, jour: 4, debut: "14:00", fin: "16:30", dureeCreneauMinutes: 30, depuis: asDate(addDays(today, -70)) },
  });

  const anchors = await db.usager.findMany({
    where: { structureId: demo.id, OR: [{ nom: "Lefèvre", prenom: "François" }, { nom: "Dupont", prenom: "Amélie" }, { nom: "N'Diaye", prenom: "Aïssatou" }] },
    select: { id: true, nom: true },
  });
  const others = await db.usager.findMany({
    where: { structureId: demo.id, status: "ACTIF", NOT: { nom: { in: ["Lefèvre", "Dupont", "N'Diaye"] } } },
    select: { id: true }, orderBy: { numeroDossier: "asc" }, take: 6,
  });
  const personId = (p: string | number) => (typeof p === "string" ? anchors.find((a) => a.nom === p)?.id : others[p]?.id) ?? null;

  const seeds: Seed[] = [
    { worker: "ts", person: "Lefèvre", date: prevTue, time: "09:30", minutes: 30, kind: "PERMANENCE", site: "fives", status: "HONORE", objet: "Point sur la facture d'énergie" },
    { worker: "ts", person: "N'Diaye", date: prevTue, time: "10:00", minutes: 30, kind: "PERMANENCE", site: "fives", status: "NON_VENU" },
    { worker: "ts", person: "Dupont", date: addDays(prevTue, -7), time: "09:00", minutes: 30, kind: "PERMANENCE", site: "fives", status: "EXCUSE" },
    { worker: "ts2", person: "Dupont", date: addDays(today, -8), time: "10:00", minutes: 45, kind: "BUREAU", site: "mds", status: "HONORE" },
    { worker: "ts2", person: 0, date: addDays(today, -12), time: "11:00", minutes: 60, kind: "VISITE_A_DOMICILE", site: null, status: "HONORE" },
    { worker: "ts", person: 1, date: addDays(today, -15), time: "16:30", minutes: 30, kind: "TELEPHONE", site: null, status: "NON_VENU" },
    { worker: "ts2", person: 2, date: addDays(today, -20), time: "10:00", minutes: 45, kind: "BUREAU", site: "mds", status: "NON_VENU" },
    { worker: "ts", person: "Lefèvre", date: nextTue, time: "10:00", minutes: 30, kind: "PERMANENCE", site: "fives", status: "PREVU", rappel: true, objet: "Dossier FSL énergie" },
    { worker: "ts", person: "Dupont", date: addDays(today, 1), time: "16:30", minutes: 45, kind: "BUREAU", site: "mds", status: "PREVU", rappel: true },
    { worker: "ts2", person: "N'Diaye", date: addDays(today, 2), time: "10:00", minutes: 45, kind: "BUREAU", site: "mds", status: "PREVU" },
    { worker: "ts", person: 3, date: addDays(nextTue, 7), time: "09:30", minutes: 30, kind: "PERMANENCE", site: "fives", status: "PREVU" },
    { worker: "ts2", person: 4, date: addDays(today, 8), time: "11:00", minutes: 60, kind: "VISITE_A_DOMICILE", site: null, status: "PREVU" },
    { worker: "ts", person: 0, date: addDays(today, 3), time: "16:30", minutes: 30, kind: "TELEPHONE", site: null, status: "PREVU" },
  ];
  let count = 0;
  for (const s of seeds) {
    const usagerId = personId(s.person);
    const debut = parisLocalToDate(`${s.date}T${s.time}`);
    if (!usagerId || !debut) continue;
    // A seed run at any hour: what has not started yet is still planned.
    const status = debut > now ? "PREVU" : s.status === "PREVU" ? "HONORE" : s.status;
    await db.rendezVous.create({
      data: {
        structureId: demo.id, usagerId, travailleurId: s.worker === "ts" ? ts : ts2, kind: s.kind, status,
        siteId: s.site === "fives" ? fives : s.site === "mds" ? mds : null, permanenceId: s.kind === "PERMANENCE" ? permanence.id : null,
        debut, fin: new Date(debut.getTime() + s.minutes * 60_000), objet: s.objet ?? null, rappelConsenti: s.rappel ?? false,
        createdById: s.worker === "ts" ? ts : ts2, createdAt: new Date(Math.min(now.getTime(), debut.getTime()) - 7 * 86_400_000),
        statusChangedAt: debut > now ? new Date(Math.min(now.getTime(), debut.getTime()) - 7 * 86_400_000) : debut,
      },
    });
    count++;
  }
  return { rendezVous: count };
}
