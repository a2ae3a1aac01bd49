// The demo agenda: permanences of ts@ at Fives with a holiday, rendez-vous around today without
// double booking, free slots for the agent of Fives, and ts@ free at 14:30 in a week (the fiches
// end-to-end test gives that appointment). Also: the honoured rendez-vous → entretien link, the
// right-of-access export and the anonymisation step.
import { beforeAll, describe, expect, it } from "vitest";
import { seedFoundation } from "@/prisma/seed/foundation";
import { seedUsagers } from "@/prisma/seed/usagers";
import { seedAgenda } from "@/prisma/seed/agenda";
import { listBookableSlots } from "@/lib/domain/agenda/booking";
import { findOverlap } from "@/lib/domain/agenda/conflicts";
import { setRendezVousStatus } from "@/lib/domain/agenda/commands";
import { createEntretien } from "@/lib/domain/entretiens/commands";
import { collectPersonData } from "@/lib/domain/dossier/person-export";
import { ANONYMISE_STEPS } from "@/lib/domain/dossier/anonymise";
import { dateToParisLocal, parisLocalToDate, parisToday } from "@/lib/domain/shared/paris-time";
import { addDays } from "@/lib/domain/agenda/calendar";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { formatDateTime } from "@/lib/format";
import { actorOf } from "../helpers/factories";
import { db, resetDb } from "../helpers/db";

let foundation: Awaited<ReturnType<typeof seedFoundation>>;
beforeAll(async () => {
  await resetDb();
  foundation = await seedFoundation(db);
  await seedUsagers(db, foundation);
  await seedAgenda(db, foundation);
}, 120_000);

const actor = (email: string) => actorOf(foundation.demo.users.find((u) => u.email === email)!);

describe("demo seed: agenda", () => {
  it("has permanences, past outcomes and coming rendez-vous, never double-booked", async () => {
    const rows = await db.rendezVous.findMany({ where: { structureId: foundation.demo.id } });
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["HONORE", "NON_VENU", "EXCUSE", "PREVU"]));
    expect(rows.filter((r) => r.status === "PREVU").every((r) => r.debut > new Date())).toBe(true);
    for (const r of rows) expect(await findOverlap(db, { travailleurId: r.travailleurId, debut: r.debut, fin: r.fin, excludeId: r.id })).toBeNull();
    const lefevre = await db.usager.findFirstOrThrow({ where: { structureId: foundation.demo.id, nom: "Lefèvre" } });
    expect(rows.filter((r) => r.usagerId === lefevre.id).length).toBeGreaterThanOrEqual(2);
  });

  it("leaves free slots to the agent of Fives, and ts@ free at 14:30 in a week", async () => {
    const [perm] = await listBookableSlots(actor("agent@demo.passerelle.fr"));
    expect(perm!.site).toBe("Mairie de quartier de Fives");
    expect(perm!.slots.some((s) => s.libre)).toBe(true);
    expect(perm!.slots.some((s) => !s.libre)).toBe(true);
    const day = addDays(parisToday(), 7);
    const debut = parisLocalToDate(`${day}T14:30`)!;
    expect(await findOverlap(db, { travailleurId: actor("ts@demo.passerelle.fr").id, debut, fin: new Date(debut.getTime() + 45 * 60_000) })).toBeNull();
  });

  it("links an entretien to its honoured rendez-vous; the export lists the rendez-vous; anonymisation clears free text", async () => {
    const ts = actor("ts@demo.passerelle.fr");
    const rdv = await db.rendezVous.findFirstOrThrow({ where: { travailleurId: ts.id, status: "PREVU", usagerId: { not: null } }, orderBy: { debut: "asc" } });
    await setRendezVousStatus(ts, { rendezVousId: rdv.id, version: rdv.version, status: "HONORE" });
    const entretien = await createEntretien(ts, {
      usagerId: rdv.usagerId!, date: dateToParisLocal(new Date()), dureeMinutes: 30, canal: "PERMANENCE_MAIRIE", objets: ["BUDGET"], objetPrecision: null,
      resume: "Point budget.", noteConfidentielle: null, suites: null, rappelLe: "", accompagnementId: "", rendezVousId: rdv.id,
    });
    expect((await db.rendezVous.findUniqueOrThrow({ where: { id: rdv.id } })).entretienId).toBe(entretien.id);

    const data = await collectPersonData(actor("responsable@demo.passerelle.fr"), rdv.usagerId!);
    // Each part of the dossier gives its own sections (lib/domain/dossier/parts.ts): the rendez-vous is one line of its section.
    const listed = data!.sections.find((s) => s.titre === "Rendez-vous")!.lignes.map(([when]) => when);
    expect(listed).toContain(`${formatDateTime(rdv.debut)} (${RDV_KIND_LABELS[rdv.kind].toLowerCase()})`);
    const step = ANONYMISE_STEPS.find((s) => s.label.startsWith("Rendez-vous"))!;
    await db.rendezVous.update({ where: { id: rdv.id }, data: { objet: "Dette de loyer", lieuPrecision: "Bureau 3" } });
    await db.$transaction((tx) => step.run(tx, { usagerId: rdv.usagerId!, structureId: foundation.demo.id }));
    expect(await db.rendezVous.findUniqueOrThrow({ where: { id: rdv.id } })).toMatchObject({ objet: null, lieuPrecision: null, status: "HONORE" });
  });
});
