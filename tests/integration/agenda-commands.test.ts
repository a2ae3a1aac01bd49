// Rendez-vous commands on a real database: creation, conflicts, bad input (French message on the
// right field, nothing written), moves, outcomes, permanences with exceptions across DST, booking
// from a fiche, and the fiche's "RDV fixé" becoming a rendez-vous.
import { beforeEach, describe, expect, it } from "vitest";
import { createRendezVous, moveRendezVous, setRendezVousStatus } from "@/lib/domain/agenda/commands";
import { bookPermanenceSlot, listBookableSlots } from "@/lib/domain/agenda/booking";
import { addPermanenceException, createPermanence, removePermanenceException } from "@/lib/domain/agenda/permanences";
import { getAgenda } from "@/lib/domain/agenda/queries";
import { ZRendezVousCreate } from "@/lib/domain/agenda/schemas";
import { assignFiche, evaluateFiche, giveRdv, receiveFiche } from "@/lib/domain/fiches/commands";
import { linkFicheToUsager } from "@/lib/domain/fiches/dossier-link";
import { DomainError } from "@/lib/domain/errors";
import { db, resetDb } from "../helpers/db";
import { agendaWorld, ahead, nextWeekday, rdvCount } from "./agenda-fixtures";

beforeEach(resetDb);

const fieldError = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(DomainError);
  return (e as DomainError).fieldErrors;
};

function raw(w: Awaited<ReturnType<typeof agendaWorld>>, patch: Record<string, unknown> = {}) {
  return {
    usagerId: w.usager.id, travailleurId: w.users.ts.id, kind: "BUREAU", siteId: w.mds.id, date: ahead(7),
    debut: "10:00", fin: "10:45", lieuPrecision: "", objet: "Point budget", rappelConsenti: true, ...patch,
  };
}
const input = (w: Awaited<ReturnType<typeof agendaWorld>>, patch: Record<string, unknown> = {}) => ZRendezVousCreate.parse(raw(w, patch));

describe("creating and changing rendez-vous", () => {
  it("creates a rendez-vous stored in UTC and shown in the agenda", async () => {
    const w = await agendaWorld();
    const { id } = await createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { date: "2027-07-06" }), new Date("2027-01-01T00:00:00Z"));
    const row = await db.rendezVous.findUniqueOrThrow({ where: { id } });
    expect(row.debut.toISOString()).toBe("2027-07-06T08:00:00.000Z"); // 10:00 in Paris, summer
    expect(row.status).toBe("PREVU");
    const agenda = await getAgenda(w.actors.RESPONSABLE, { date: "2027-07-06", vue: "semaine", travailleurId: w.users.ts.id });
    expect(agenda!.rendezVous.map((r) => r.id)).toEqual([id]);
    expect(agenda!.dates[0]).toBe("2027-07-05");
    expect(await db.auditLog.count({ where: { action: "rendezvous.create", entityId: id } })).toBe(1);
  });

  it("refuses a double booking of the same worker, with a French message on the start time", async () => {
    const w = await agendaWorld();
    await createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w));
    const errors = await fieldError(createRendezVous(w.actors.RESPONSABLE, input(w, { debut: "10:30", fin: "11:00", kind: "TELEPHONE", siteId: "" })));
    expect(errors.debut).toMatch(/déjà un rendez-vous à ce moment-là/);
    expect(await rdvCount()).toBe(1);
    // Back to back is fine, and another worker is free.
    await createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { debut: "10:45", fin: "11:15" }));
    await createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { travailleurId: w.users.ts2.id }));
    expect(await rdvCount()).toBe(3);
  });

  it("two bookings of the same slot at once: one wins", async () => {
    const w = await agendaWorld();
    const results = await Promise.allSettled([createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w)), createRendezVous(w.actors.TS2, input(w))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await rdvCount()).toBe(1);
  });

  it("refuses end before start and slots in the past, on the right field, writing nothing", async () => {
    const w = await agendaWorld();
    const bad = ZRendezVousCreate.safeParse(raw(w, { debut: "11:00", fin: "10:00" }));
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(["fin"]);
    expect(bad.error!.issues[0]!.message).toBe("L'heure de fin doit être après l'heure de début.");
    expect((await fieldError(createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { date: ahead(-1) })))).date).toBe("Le rendez-vous ne peut pas être dans le passé.");
    expect((await fieldError(createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { siteId: w.b.sites[0]!.id })))).siteId).toMatch(/site de votre structure/);
    expect((await fieldError(createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { travailleurId: w.users.agent.id })))).travailleurId).toMatch(/travailleur social/);
    expect(await rdvCount()).toBe(0);
  });

  it("moves (checking conflicts and the version) and records one outcome", async () => {
    const w = await agendaWorld();
    const a = await createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w));
    await createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { debut: "14:00", fin: "15:00" }));
    const move = { rendezVousId: a.id, version: 1, date: ahead(7), debut: "14:30", fin: "15:15" };
    expect((await fieldError(moveRendezVous(w.actors.TRAVAILLEUR_SOCIAL, move))).debut).toMatch(/déjà un rendez-vous/);
    await moveRendezVous(w.actors.TRAVAILLEUR_SOCIAL, { ...move, debut: "16:00", fin: "16:30" });
    await expect(moveRendezVous(w.actors.TRAVAILLEUR_SOCIAL, { ...move, debut: "17:00", fin: "17:30" })).rejects.toThrow(/modifié par quelqu'un d'autre/);
    await expect(setRendezVousStatus(w.actors.TRAVAILLEUR_SOCIAL, { rendezVousId: a.id, version: 2, status: "NON_VENU" })).rejects.toThrow(/pas encore commencé/);
    await setRendezVousStatus(w.actors.TRAVAILLEUR_SOCIAL, { rendezVousId: a.id, version: 2, status: "ANNULE" });
    await expect(setRendezVousStatus(w.actors.TRAVAILLEUR_SOCIAL, { rendezVousId: a.id, version: 3, status: "HONORE" })).rejects.toThrow(/ne peut plus changer/);
    // A cancelled rendez-vous frees the slot.
    await createRendezVous(w.actors.TRAVAILLEUR_SOCIAL, input(w, { debut: "16:00", fin: "16:30" }));
  });
});

describe("permanences: recurrence with exceptions and DST, booking from a fiche", () => {
  it("lists slots at 9:00 Paris time in winter and summer, minus exceptions and taken slots (never who)", async () => {
    const w = await agendaWorld();
    await db.permanenceException.create({ data: { permanenceId: w.permanence.id, date: new Date("2026-04-07T00:00:00Z"), motif: "Lundi de Pâques" } });
    await db.rendezVous.create({ data: { structureId: w.a.id, usagerId: w.usager.id, travailleurId: w.users.ts.id, kind: "BUREAU", debut: new Date("2026-03-31T07:30:00Z"), fin: new Date("2026-03-31T08:00:00Z") } });
    const now = new Date("2026-03-23T12:00:00Z");
    const [perm] = await listBookableSlots(w.actors.AGENT, { days: 21, now });
    expect(perm!.permanenceId).toBe(w.permanence.id);
    const starts = perm!.slots.filter((s) => s.debut.getUTCMinutes() === 0 && s.debut.toISOString().includes("T0")).map((s) => s.debut.toISOString());
    expect(perm!.slots.map((s) => s.debut.toISOString().slice(0, 10))).not.toContain("2026-04-07");
    expect(starts).toContain("2026-03-24T08:00:00.000Z"); // winter: UTC+1
    expect(starts).toContain("2026-03-31T07:00:00.000Z"); // summer: UTC+2
    const taken = perm!.slots.find((s) => s.debut.toISOString() === "2026-03-31T07:30:00.000Z")!;
    expect(taken.libre).toBe(false);
    expect(Object.keys(taken).sort()).toEqual(["debut", "fin", "libre"]);
    // The agent of the mairie sees only their site's permanence, not the Maison des Solidarités one.
    expect((await listBookableSlots(w.actors.AGENT, { now })).map((p) => p.permanenceId)).toEqual([w.permanence.id]);
  });

  it("an agent books a free slot of their site for a fiche; the fiche shows the appointment", async () => {
    const w = await agendaWorld();
    const now = new Date("2026-03-23T12:00:00Z");
    const { id } = await bookPermanenceSlot(w.actors.AGENT, { ficheId: w.fiche.id, permanenceId: w.permanence.id, debut: "2026-03-31T07:00:00.000Z", rappelConsenti: true }, now);
    const rdv = await db.rendezVous.findUniqueOrThrow({ where: { id } });
    expect(rdv).toMatchObject({ ficheId: w.fiche.id, travailleurId: w.users.ts.id, siteId: w.mairie.id, kind: "PERMANENCE", permanenceId: w.permanence.id });
    expect(rdv.fin.toISOString()).toBe("2026-03-31T07:30:00.000Z");
    const fiche = await db.ficheLiaison.findUniqueOrThrow({ where: { id: w.fiche.id } });
    expect(fiche.rdvDate?.toISOString()).toBe("2026-03-31T07:00:00.000Z");
    expect(fiche.rdvLieu).toBe("MAIRIE_DE_QUARTIER");
    // A second booking for the same fiche is refused.
    expect((await fieldError(bookPermanenceSlot(w.actors.AGENT, { ficheId: w.fiche.id, permanenceId: w.permanence.id, debut: "2026-03-31T08:00:00.000Z", rappelConsenti: false }, now))).debut).toMatch(/déjà réservé/);
  });

  it("refuses another site's permanence, a taken slot, a slot not in the permanence, an exception day, a past slot", async () => {
    const w = await agendaWorld();
    const now = new Date("2026-03-23T12:00:00Z");
    const book = (patch: Record<string, unknown>) => bookPermanenceSlot(w.actors.AGENT, { ficheId: w.fiche.id, permanenceId: w.permanence.id, debut: "2026-03-31T07:00:00.000Z", rappelConsenti: false, ...patch } as never, now);
    expect((await fieldError(book({ permanenceId: w.mdsPermanence.id, debut: "2026-03-26T13:00:00.000Z" }))).permanenceId).toBe("Vous ne pouvez réserver que les permanences de votre site.");
    expect((await fieldError(book({ debut: "2026-03-31T07:10:00.000Z" }))).debut).toMatch(/ne fait pas partie de la permanence/);
    expect((await fieldError(book({ debut: "2026-03-17T08:00:00.000Z" }))).debut).toMatch(/passé/);
    await db.permanenceException.create({ data: { permanenceId: w.permanence.id, date: new Date("2026-04-07T00:00:00Z") } });
    expect((await fieldError(book({ debut: "2026-04-07T07:00:00.000Z" }))).debut).toMatch(/ne fait pas partie/);
    await db.rendezVous.create({ data: { structureId: w.a.id, usagerId: w.usager.id, travailleurId: w.users.ts.id, kind: "BUREAU", debut: new Date("2026-03-31T06:45:00Z"), fin: new Date("2026-03-31T07:15:00Z") } });
    expect((await fieldError(book({}))).debut).toBe("Ce créneau vient d'être réservé : choisissez-en un autre.");
    expect(await db.rendezVous.count({ where: { ficheId: w.fiche.id } })).toBe(0);
    expect((await db.ficheLiaison.findUniqueOrThrow({ where: { id: w.fiche.id } })).rdvDate).toBeNull();
  });

  it("creates permanences and exceptions (not over a booked day)", async () => {
    const w = await agendaWorld();
    const p = await createPermanence(w.actors.TRAVAILLEUR_SOCIAL, { travailleurId: w.users.ts.id, siteId: w.mairie.id, jour: 5, debut: "14:00", fin: "16:00", dureeCreneauMinutes: 20, depuis: ahead(0), jusquau: "" });
    await expect(createPermanence(w.actors.TRAVAILLEUR_SOCIAL, { travailleurId: w.users.ts2.id, siteId: w.mairie.id, jour: 5, debut: "14:00", fin: "16:00", dureeCreneauMinutes: 20, depuis: ahead(0), jusquau: "" })).rejects.toThrow(/responsable/);
    const friday = nextWeekday(5);
    const [slot] = (await listBookableSlots(w.actors.AGENT)).find((x) => x.permanenceId === p.id)!.slots.filter((s) => s.debut.toISOString() >= `${friday}`);
    await bookPermanenceSlot(w.actors.AGENT, { ficheId: w.fiche.id, permanenceId: p.id, debut: slot!.debut.toISOString(), rappelConsenti: false });
    const bookedDay = new Date(slot!.debut.getTime() + 3_600_000).toISOString().slice(0, 10);
    expect((await fieldError(addPermanenceException(w.actors.TRAVAILLEUR_SOCIAL, { permanenceId: p.id, date: bookedDay, motif: null }))).date).toMatch(/réservé/);
    await addPermanenceException(w.actors.TRAVAILLEUR_SOCIAL, { permanenceId: p.id, date: addDays7(bookedDay), motif: "Congés" });
    expect(await db.permanenceException.count({ where: { permanenceId: p.id } })).toBe(1);
  });

  it("gives back an excluded date: its slots are free again, the change is in the journal", async () => {
    const w = await agendaWorld();
    const p = await createPermanence(w.actors.TRAVAILLEUR_SOCIAL, { travailleurId: w.users.ts.id, siteId: w.mairie.id, jour: 5, debut: "14:00", fin: "16:00", dureeCreneauMinutes: 20, depuis: ahead(0), jusquau: "" });
    const friday = nextWeekday(5);
    const slotsOn = async (day: string) =>
      (await listBookableSlots(w.actors.AGENT)).find((x) => x.permanenceId === p.id)!.slots.filter((s) => s.debut.toISOString().slice(0, 10) === day).length;
    const before = await slotsOn(friday);
    expect(before).toBeGreaterThan(0);
    const exc = await addPermanenceException(w.actors.TRAVAILLEUR_SOCIAL, { permanenceId: p.id, date: friday, motif: "Formation" });
    expect(await slotsOn(friday)).toBe(0);
    // A colleague may not give it back; a responsable may.
    await expect(removePermanenceException(w.actors.TS2, { exceptionId: exc.id })).rejects.toThrow(/responsable/);
    await removePermanenceException(w.actors.RESPONSABLE, { exceptionId: exc.id });
    expect(await slotsOn(friday)).toBe(before);
    expect(await db.auditLog.count({ where: { action: "permanence.exception.remove", entityId: p.id } })).toBe(1);
    // Already given back, or unknown: not found.
    await expect(removePermanenceException(w.actors.RESPONSABLE, { exceptionId: exc.id })).rejects.toThrow();
  });
});

const addDays7 = (iso: string) => { const d = new Date(`${iso}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 7); return d.toISOString().slice(0, 10); };

describe("fiche de liaison: RDV fixé is a rendez-vous", () => {
  async function ficheEnCours() {
    const w = await agendaWorld();
    await receiveFiche(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: w.fiche.id });
    await assignFiche(w.actors.RESPONSABLE, { ficheId: w.fiche.id, assigneeId: w.users.ts2.id });
    return w;
  }

  it("creates a rendez-vous for the assignee, then follows the dossier", async () => {
    const w = await ficheEnCours();
    await giveRdv(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: w.fiche.id, date: ahead(5), heure: "14:00", lieu: "MAISON_DES_SOLIDARITES", lieuPrecision: null });
    const rdv = await db.rendezVous.findFirstOrThrow({ where: { ficheId: w.fiche.id } });
    expect(rdv).toMatchObject({ travailleurId: w.users.ts2.id, kind: "BUREAU", siteId: w.mds.id, usagerId: null, status: "PREVU" });
    expect((rdv.fin.getTime() - rdv.debut.getTime()) / 60_000).toBe(45);
    await linkFicheToUsager(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: w.fiche.id, usagerId: w.usager.id });
    expect((await db.rendezVous.findUniqueOrThrow({ where: { id: rdv.id } })).usagerId).toBe(w.usager.id);
  });

  it("moves the slot the agent booked instead of creating a second one", async () => {
    const w = await agendaWorld();
    const [perm] = await listBookableSlots(w.actors.AGENT);
    const slot = perm!.slots[0]!;
    const booked = await bookPermanenceSlot(w.actors.AGENT, { ficheId: w.fiche.id, permanenceId: w.permanence.id, debut: slot.debut.toISOString(), rappelConsenti: true });
    await receiveFiche(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: w.fiche.id });
    await evaluateFiche(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: w.fiche.id, evaluationNotes: "Premier appel", droitsNonOuverts: [] });
    await giveRdv(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: w.fiche.id, date: ahead(9), heure: "16:00", lieu: "MAIRIE_DE_QUARTIER", lieuPrecision: null });
    const rows = await db.rendezVous.findMany({ where: { ficheId: w.fiche.id } });
    expect(rows.map((r) => r.id)).toEqual([booked.id]);
    expect(rows[0]!.permanenceId).toBeNull();
    expect((rows[0]!.fin.getTime() - rows[0]!.debut.getTime()) / 60_000).toBe(30);
  });

  it("refuses a fiche appointment that double-books the worker (heure field), changing nothing", async () => {
    const w = await ficheEnCours();
    await createRendezVous(w.actors.TS2, input(w, { travailleurId: w.users.ts2.id, date: ahead(5), debut: "14:15", fin: "15:00" }));
    const errors = await fieldError(giveRdv(w.actors.TRAVAILLEUR_SOCIAL, { ficheId: w.fiche.id, date: ahead(5), heure: "14:00", lieu: "MAISON_DES_SOLIDARITES", lieuPrecision: null }));
    expect(errors.heure).toMatch(/déjà un rendez-vous/);
    const fiche = await db.ficheLiaison.findUniqueOrThrow({ where: { id: w.fiche.id } });
    expect(fiche.status).toBe("EN_COURS");
    expect(fiche.rdvDate).toBeNull();
  });
});
