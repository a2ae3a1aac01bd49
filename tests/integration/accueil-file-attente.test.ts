// The walk-in queue on a real database: opening hours from the agenda's walk-in permanences,
// tickets of the day, "Prendre en charge" by two professionals at the same moment (real parallel
// transactions: one wins, the other gets a French message), leaving the queue, the waiting-room
// tickets (no names) and the home page's summary.
import { beforeEach, describe, expect, it } from "vitest";
import { addToQueue, leaveQueue, takeFromQueue } from "@/lib/domain/accueil/queue-commands";
import { getQueue, getQueueSummary, getQueueTickets, getTakenQueueEntry } from "@/lib/domain/accueil/queue-queries";
import { ZQueueAdd } from "@/lib/domain/accueil/schemas";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { parisLocalToDate } from "@/lib/domain/shared/paris-time";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";

beforeEach(resetDb);

// Tuesday 10 March 2026, the permanence of the mairie de quartier holds 13:30–17:30.
const at = (hhmm: string) => parisLocalToDate(`2026-03-10T${hhmm}`)!;
const add = (siteId: string, patch: Record<string, unknown> = {}) => ZQueueAdd.parse({ siteId, usagerId: "", prenom: "Nadia", motif: "LOGEMENT", ...patch });

async function refusal(fn: () => Promise<unknown>) {
  try { await fn(); } catch (e) { if (e instanceof DomainError) return e; throw e; }
  throw new Error("expected a DomainError");
}

async function world({ permanence = true } = {}) {
  const w = await makeWorld();
  const mairie = w.a.sites.find((s) => s.kind === "MAIRIE_DE_QUARTIER")!;
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  if (permanence) {
    await db.permanence.create({ data: { structureId: w.a.id, siteId: mairie.id, travailleurId: w.users.ts.id, jour: 2, debut: "13:30", fin: "17:30", depuis: new Date("2026-01-05T00:00:00Z"), sansRendezVous: true } });
  }
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François" });
  return { w, mairie, mds, usager };
}

describe("adding to the queue", () => {
  it("numbers the day's tickets, refuses a dossier already waiting, and names the dossier by its identity", async () => {
    const { w, mairie, usager } = await world();
    const agent = w.actors.AGENT;
    expect((await addToQueue(agent, add(mairie.id), at("13:00"))).ticket).toBe(1);
    expect((await addToQueue(agent, add(mairie.id, { usagerId: usager.id, prenom: "" }), at("13:05"))).ticket).toBe(2);
    const again = await refusal(() => addToQueue(agent, add(mairie.id, { usagerId: usager.id }), at("13:10")));
    expect(again.fieldErrors.usagerId).toMatch(/attend déjà \(ticket n° 2\)/);
    const q = await getQueue(agent, mairie.id, at("14:00"));
    expect(q.openNow).toBe(true);
    expect(q.waiting.map((r) => [r.ticket, r.attenteMinutes])).toEqual([[1, 60], [2, 55]]);
    expect(q.waiting[1]!.personne).toMatch(/^LEFÈVRE François · n° /);
    // The next day starts again at 1.
    expect((await addToQueue(agent, add(mairie.id), parisLocalToDate("2026-03-17T14:00")!)).ticket).toBe(1);
  });

  it("is open only on a day of a walk-in permanence, until its end; the agent at their own site only", async () => {
    const { w, mairie, mds } = await world();
    expect((await refusal(() => addToQueue(w.actors.TRAVAILLEUR_SOCIAL, add(mds.id), at("14:00")))).fieldErrors.siteId).toMatch(/Pas de permanence sans rendez-vous/);
    expect((await refusal(() => addToQueue(w.actors.AGENT, add(mairie.id), at("17:30")))).fieldErrors.siteId).toMatch(/terminée/);
    expect((await refusal(() => addToQueue(w.actors.AGENT, add(mairie.id), parisLocalToDate("2026-03-11T14:00")!))).fieldErrors.siteId).toMatch(/Pas de permanence/);
    expect((await refusal(() => addToQueue(w.actors.AGENT, add(mds.id), at("14:00")))).fieldErrors.siteId).toMatch(/votre site/);
    expect((await refusal(() => addToQueue(w.actors.AGENT, add(w.b.sites[0]!.id), at("14:00")))).fieldErrors.siteId).toMatch(/votre structure/);
    await expect(addToQueue(w.actors.ADMIN, add(mairie.id), at("14:00"))).rejects.toBeInstanceOf(NotFoundError);
    // An excluded date (holiday) closes it.
    const perm = await db.permanence.findFirstOrThrow();
    await db.permanenceException.create({ data: { permanenceId: perm.id, date: new Date("2026-03-10T00:00:00Z") } });
    expect((await refusal(() => addToQueue(w.actors.AGENT, add(mairie.id), at("14:00")))).fieldErrors.siteId).toMatch(/Pas de permanence/);
    expect(await db.fileAttenteEntree.count()).toBe(0);
  });

  it("bad input: an empty or 1 MB first name is refused in French, HTML is kept as typed, a dossier of another structure is refused on its field", async () => {
    const { w, mairie } = await world();
    const empty = ZQueueAdd.safeParse({ siteId: mairie.id, usagerId: "", prenom: "", motif: "LOGEMENT" });
    expect(empty.success).toBe(false);
    const huge = ZQueueAdd.safeParse({ siteId: mairie.id, usagerId: "", prenom: "x".repeat(1_000_000), motif: "LOGEMENT" });
    expect(huge.success ? "" : huge.error.issues[0]!.message).toMatch(/caractères au plus/);
    const html = await addToQueue(w.actors.AGENT, add(mairie.id, { prenom: "<b>Nad</b>" }), at("14:00"));
    expect((await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: html.id } })).prenom).toBe("<b>Nad</b>");
    const foreign = await makeUsager(w.b, { nom: "Voisin", prenom: "Paul" });
    const refused = await refusal(() => addToQueue(w.actors.AGENT, add(mairie.id, { usagerId: foreign.id, prenom: "" }), at("14:05")));
    expect(refused.fieldErrors.usagerId).toBeTruthy();
    expect(await db.fileAttenteEntree.count()).toBe(1);
  });

  it("gives distinct tickets to people added at the same moment from several desks", async () => {
    const { w, mairie } = await world();
    const results = await Promise.all([w.actors.AGENT, w.actors.TRAVAILLEUR_SOCIAL, w.actors.TS2, w.actors.RESPONSABLE, w.actors.AGENT]
      .map((a, i) => addToQueue(a, add(mairie.id, { prenom: `P${i}` }), at("14:00"))));
    expect(results.map((r) => r.ticket).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("Prendre en charge", () => {
  it("a professional takes the person: the entry says who and when, the entretien is prefilled from it", async () => {
    const { w, mairie, usager } = await world();
    const e = await addToQueue(w.actors.AGENT, add(mairie.id, { usagerId: usager.id, prenom: "" }), at("14:00"));
    await expect(takeFromQueue(w.actors.AGENT, { id: e.id }, at("14:20"))).rejects.toBeInstanceOf(NotFoundError);
    const taken = await takeFromQueue(w.actors.TRAVAILLEUR_SOCIAL, { id: e.id }, at("14:20"));
    expect(taken).toEqual({ id: e.id, usagerId: usager.id, prenom: null });
    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ status: "PRIS_EN_CHARGE", traiteParId: w.users.ts.id, sortieLe: at("14:20") });
    expect(await getTakenQueueEntry(w.actors.TRAVAILLEUR_SOCIAL, e.id)).toMatchObject({ motif: "LOGEMENT", usagerId: usager.id });
    expect(await getTakenQueueEntry(w.actors.AGENT, e.id)).toBeNull();
    expect(await getTakenQueueEntry(w.actors.OTHER_TS, e.id)).toBeNull();
    await expect(takeFromQueue(w.actors.OTHER_TS, { id: e.id }, at("14:21"))).rejects.toBeInstanceOf(NotFoundError);
    const twice = await refusal(() => takeFromQueue(w.actors.TS2, { id: e.id }, at("14:21")));
    expect(twice.message).toMatch(/vient d'être prise en charge par Camille Test TRAVAILLEUR_SOCIAL/);
  });

  it("of two professionals taking the same person at the same moment, one wins and the other is told in French", async () => {
    const { w, mairie } = await world();
    for (let round = 0; round < 5; round++) {
      const e = await addToQueue(w.actors.AGENT, add(mairie.id, { prenom: `R${round}` }), at("14:00"));
      const results = await Promise.allSettled([
        takeFromQueue(w.actors.TRAVAILLEUR_SOCIAL, { id: e.id }, at("14:30")),
        takeFromQueue(w.actors.TS2, { id: e.id }, at("14:30")),
        takeFromQueue(w.actors.RESPONSABLE, { id: e.id }, at("14:30")),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results.filter((x): x is PromiseRejectedResult => x.status === "rejected")) {
        expect(r.reason).toBeInstanceOf(DomainError);
        expect((r.reason as DomainError).message).toMatch(/vient d'être prise en charge par Camille Test/);
      }
      expect(await db.auditLog.count({ where: { action: "file.take", entityId: e.id } })).toBe(1);
    }
  });

  it("the person left or was directed elsewhere: recorded once, by the desk or a professional", async () => {
    const { w, mairie, mds } = await world();
    const a = await addToQueue(w.actors.AGENT, add(mairie.id), at("14:00"));
    const b = await addToQueue(w.actors.AGENT, add(mairie.id, { prenom: "Yanis" }), at("14:05"));
    await leaveQueue(w.actors.AGENT, { id: a.id, issue: "PARTI", orientationPrecision: "ignorée" }, at("15:00"));
    await leaveQueue(w.actors.TRAVAILLEUR_SOCIAL, { id: b.id, issue: "REORIENTE", orientationPrecision: "CAF, accueil du lundi" }, at("15:10"));
    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "PARTI", orientationPrecision: null });
    expect(await db.fileAttenteEntree.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "REORIENTE", orientationPrecision: "CAF, accueil du lundi" });
    expect((await refusal(() => leaveQueue(w.actors.AGENT, { id: a.id, issue: "PARTI", orientationPrecision: null }, at("15:20")))).message).toMatch(/n'est plus dans la file/);
    expect((await refusal(() => takeFromQueue(w.actors.TRAVAILLEUR_SOCIAL, { id: b.id }, at("15:20")))).message).toMatch(/n'est plus dans la file/);
    // An agent of another site does not see this queue at all.
    await db.user.update({ where: { id: w.users.agent.id }, data: { siteId: mds.id } });
    await expect(leaveQueue({ ...w.actors.AGENT, siteId: mds.id }, { id: a.id, issue: "PARTI", orientationPrecision: null })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("what the screens show", () => {
  it("the waiting room shows ticket numbers only; the summary counts who waits and for how long", async () => {
    const { w, mairie } = await world();
    const a = await addToQueue(w.actors.AGENT, add(mairie.id, { prenom: "Nadia" }), at("13:40"));
    await addToQueue(w.actors.AGENT, add(mairie.id, { prenom: "Yanis" }), at("14:00"));
    await takeFromQueue(w.actors.TRAVAILLEUR_SOCIAL, { id: a.id }, at("14:10"));
    const screen = await getQueueTickets(w.actors.AGENT, mairie.id, at("14:30"));
    expect(screen).toEqual({ openNow: true, waiting: [2], called: [1] });
    expect(JSON.stringify(screen)).not.toMatch(/Nadia|Yanis/);
    expect(await getQueueSummary(w.actors.AGENT, at("14:30"))).toEqual([
      { siteId: mairie.id, site: mairie.name, openNow: true, hasPermanence: true, waiting: 1, longestWaitMinutes: 30 },
    ]);
    expect(await getQueueSummary(w.actors.ADMIN, at("14:30"))).toEqual([]);
  });
});
