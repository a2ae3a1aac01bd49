import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  assignFicheAction, closeFicheAction, createDossierFromFicheAction, evaluateFicheAction, giveRdvAction, linkFicheAction,
  receiveFicheAction, reorientFicheAction, sendFicheAction,
} from "@/lib/actions/fiches";
import { assignFiche, evaluateFiche, giveRdv, receiveFiche } from "@/lib/domain/fiches/commands";
import { linkFicheToUsager } from "@/lib/domain/fiches/dossier-link";
import { getFicheForAgent, getFicheForCcas, listAgentFiches, listFicheInbox } from "@/lib/domain/fiches/queries";
import { parseInboxParams } from "@/lib/domain/fiches/list-params";
import { ficheNotificationCount, markAgentFichesSeen } from "@/lib/domain/fiches/counters";
import { ficheTimelineEvents } from "@/lib/domain/fiches/timeline-source";
import { structureUserNames } from "@/lib/domain/shared/user-names";
import { flushEmails, setEmailTransportForTests } from "@/lib/notifications/email";
import { log } from "@/lib/log";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeUser, makeWorld, actorOf } from "../helpers/factories";
import { startSmtpServer, closedSmtpUrl, type TestSmtp } from "../helpers/smtp-server";
import { EVALUATION_FIELDS, ficheChecksum, ficheForm, sentFiche } from "../helpers/fiches-helpers";

const inbox = parseInboxParams;

beforeEach(resetDb);
afterEach(() => setEmailTransportForTests(undefined));

const SECRET = "NOTE-CONFIDENTIELLE-dette-de-loyer-3200";
const H = 3_600_000;
const T0 = new Date("2026-03-02T08:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * H);

/** A fiche taken through the whole CCAS side, with an evaluation the agent must never see. */
async function processedWorld() {
  const w = await makeWorld();
  const mds = w.a.sites.find((s) => s.kind === "MAISON_DES_SOLIDARITES")!;
  const otherSiteAgent = actorOf(await makeUser(w.a, "AGENT", { siteId: mds.id }));
  const ts = w.actors.TRAVAILLEUR_SOCIAL;
  const usager = await makeUsager(w.a, { nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12" });
  const mine = await sentFiche(w.actors.AGENT, {}, T0);
  const otherSite = await sentFiche(otherSiteAgent, { nom: "Autre-Site" }, T0);
  await receiveFiche(ts, { ficheId: mine.id }, at(1));
  await evaluateFiche(ts, { ficheId: mine.id, evaluationNotes: SECRET, droitsNonOuverts: ["APL", "CSS"] }, at(2));
  await linkFicheToUsager(ts, { ficheId: mine.id, usagerId: usager.id }, at(2));
  await assignFiche(ts, { ficheId: mine.id, assigneeId: ts.id }, at(2));
  await giveRdv(ts, { ficheId: mine.id, date: "2026-03-10", heure: "14:00", lieu: "MAIRIE_DE_QUARTIER", lieuPrecision: null }, at(3));
  return { w, mine, otherSite, otherSiteAgent, usager };
}

describe("the agent's side", () => {
  it("reads their site's fiches only, and never receives a field of the CCAS evaluation", async () => {
    const { w, mine, otherSite } = await processedWorld();
    const agent = w.actors.AGENT;
    const list = await listAgentFiches(agent);
    expect(list.rows.map((r) => r.id)).toEqual([mine.id]);
    const detail = await getFicheForAgent(agent, mine.id);
    expect(detail).toMatchObject({ status: "RDV_FIXE", rdvLieu: "MAIRIE_DE_QUARTIER", rdvDate: new Date("2026-03-10T13:00:00Z"), motifs: ["LOGEMENT", "BUDGET_DETTES"] });
    for (const returned of [detail!, list.rows[0]!]) {
      for (const field of EVALUATION_FIELDS) expect(returned, field).not.toHaveProperty(field);
      expect(JSON.stringify(returned)).not.toContain(SECRET);
      expect(JSON.stringify(returned)).not.toContain("CSS");
    }
    expect(await getFicheForAgent(agent, otherSite.id)).toBeNull();
    expect(await getFicheForCcas(agent, mine.id)).toBeNull();
    expect((await listFicheInbox(agent)).rows).toEqual([]);
  });

  it("cannot run any CCAS action (not found, nothing written), nor send for a site it has not", async () => {
    const { w, mine } = await processedWorld();
    const siteless = actorOf(await makeUser(w.a, "AGENT", { siteId: null }));
    for (const actor of [w.actors.AGENT, siteless]) {
      actAs(actor);
      await expectAllCcasActionsRefused(mine.id, w.users.agent.id);
    }
    const before = await ficheChecksum();
    expect(await sendFicheAction(ficheForm())).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
    expect(await ficheChecksum()).toBe(before);
  });
});

async function expectAllCcasActionsRefused(ficheId: string, someUserId: string) {
  const before = await ficheChecksum();
  const results = [
    await receiveFicheAction({ ficheId }),
    await evaluateFicheAction({ ficheId, evaluationNotes: "x", droitsNonOuverts: [] }),
    await linkFicheAction({ ficheId, usagerId: someUserId }),
    await createDossierFromFicheAction({ ficheId, nom: "A", prenom: "B", dateNaissance: "1980-01-01", telephone: "", email: "", adresse: "", quartier: "" }),
    await assignFicheAction({ ficheId, assigneeId: someUserId }),
    await giveRdvAction({ ficheId, date: "2099-01-01", heure: "10:00", lieu: "DOMICILE", lieuPrecision: "" }),
    await reorientFicheAction({ ficheId, vers: "PMI" }),
    await closeFicheAction({ ficheId, motif: "SITUATION_REGLEE" }),
  ];
  for (const r of results) expect(r).toMatchObject({ ok: false, formError: "Élément introuvable ou inaccessible." });
  expect(await ficheChecksum()).toBe(before);
}

describe("the CCAS side", () => {
  it("TS and RESPONSABLE of the structure read the whole fiche; another structure and ADMIN get null", async () => {
    const { w, mine, otherSite } = await processedWorld();
    for (const role of ["TRAVAILLEUR_SOCIAL", "TS2", "RESPONSABLE"] as const) {
      const fiche = await getFicheForCcas(w.actors[role], mine.id);
      expect(fiche, role).toMatchObject({ evaluationNotes: SECRET, droitsNonOuverts: ["APL", "CSS"], assignee: expect.any(String) });
      expect((await listFicheInbox(w.actors[role], inbox({ vue: "traitees" }))).rows.map((r) => r.id)).toEqual([mine.id]);
      expect((await listFicheInbox(w.actors[role])).rows.map((r) => r.id)).toEqual([otherSite.id]);
      expect(await getFicheForAgent(w.actors[role], mine.id)).toBeNull();
    }
    for (const role of ["OTHER_TS", "ADMIN", "OTHER_ADMIN"] as const) {
      expect(await getFicheForCcas(w.actors[role], mine.id), role).toBeNull();
      expect((await listFicheInbox(w.actors[role])).rows, role).toEqual([]);
      expect(await listAgentFiches(w.actors[role]), role).toEqual({ rows: [], truncated: false });
    }
    for (const bad of ["", "../../etc/passwd", "00000000-0000-4000-8000-000000000000", "1 OR 1=1"]) {
      expect(await getFicheForCcas(w.actors.TRAVAILLEUR_SOCIAL, bad)).toBeNull();
      expect(await getFicheForAgent(w.actors.AGENT, bad)).toBeNull();
    }
  });

  it("another structure's TS and an ADMIN cannot run any action", async () => {
    const w = await makeWorld();
    const { id } = await sentFiche(w.actors.AGENT);
    for (const role of ["OTHER_TS", "ADMIN"] as const) {
      actAs(w.actors[role]);
      await expectAllCcasActionsRefused(id, w.actors[role].id);
    }
  });

  it("orders the inbox by urgency, then oldest first, with the age from the clock", async () => {
    const w = await makeWorld();
    const send = (nom: string, urgence: "NORMALE" | "PRIORITAIRE" | "URGENTE", hour: number) => sentFiche(w.actors.AGENT, { nom, urgence }, at(hour));
    await send("Normale-ancienne", "NORMALE", 0);
    await send("Urgente-recente", "URGENTE", 5);
    await send("Prioritaire", "PRIORITAIRE", 1);
    await send("Urgente-ancienne", "URGENTE", 2);
    const { rows } = await listFicheInbox(w.actors.RESPONSABLE, inbox({ vue: "a-traiter" }), at(26));
    expect(rows.map((r) => r.nom)).toEqual(["Urgente-ancienne", "Urgente-recente", "Prioritaire", "Normale-ancienne"]);
    expect(rows.map((r) => r.age / H)).toEqual([24, 21, 25, 26]);
    expect((await listFicheInbox(w.actors.TRAVAILLEUR_SOCIAL, inbox({ vue: "miennes" }))).rows).toEqual([]);
  });
});

describe("notification counters", () => {
  it("CCAS: fiches not yet received; agent: changes since the last visit of the list; others: 0", async () => {
    const w = await makeWorld();
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    const a = await sentFiche(w.actors.AGENT, {}, at(0));
    await sentFiche(w.actors.AGENT, { nom: "Dupont" }, at(0));
    expect(await ficheNotificationCount(ts)).toBe(2);
    expect(await ficheNotificationCount(w.actors.RESPONSABLE)).toBe(2);
    expect(await ficheNotificationCount(w.actors.OTHER_TS)).toBe(0);
    expect(await ficheNotificationCount(w.actors.ADMIN)).toBe(0);
    // Sending is not news to the agent.
    expect(await ficheNotificationCount(w.actors.AGENT)).toBe(0);
    await receiveFiche(ts, { ficheId: a.id }, at(1));
    expect(await ficheNotificationCount(ts)).toBe(1);
    expect(await ficheNotificationCount(w.actors.AGENT)).toBe(1);
    expect((await listAgentFiches(w.actors.AGENT)).rows.find((r) => r.id === a.id)!.changed).toBe(true);
    await markAgentFichesSeen(w.actors.AGENT, at(2));
    expect(await ficheNotificationCount(w.actors.AGENT)).toBe(0);
    expect((await listAgentFiches(w.actors.AGENT)).rows.every((r) => !r.changed)).toBe(true);
    await assignFiche(ts, { ficheId: a.id, assigneeId: ts.id }, at(3));
    expect(await ficheNotificationCount(w.actors.AGENT)).toBe(1);
  });
});

describe("dossier timeline", () => {
  it("shows the fiche's sending and status changes with a link, inside the actor's scope only", async () => {
    const { w, mine, usager } = await processedWorld();
    const events = await ficheTimelineEvents(w.actors.TS2, usager.id, await structureUserNames(w.actors.TS2));
    expect(events.every((e) => e.by !== null)).toBe(true);
    expect(events.map((e) => e.title)).toEqual([
      "Rendez-vous fixé (fiche de liaison)", "Fiche de liaison prise en charge", "Fiche de liaison reçue",
      "Fiche de liaison envoyée par Mairie de quartier de Fives",
    ]);
    expect(events.every((e) => e.kind === "fiche" && e.href === `/fiches-liaison/${mine.id}`)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    for (const role of ["AGENT", "ADMIN", "OTHER_TS"] as const) expect(await ficheTimelineEvents(w.actors[role], usager.id, await structureUserNames(w.actors[role]))).toEqual([]);
  });
});

describe("e-mail notifications (a real SMTP server on loopback)", () => {
  let smtp: TestSmtp;
  beforeAll(async () => { smtp = await startSmtpServer(); });
  afterAll(() => smtp.close());
  beforeEach(() => { smtp.received.length = 0; smtp.refuse = false; setEmailTransportForTests(smtp.url); });

  it("sends the reference and a link only: to the CCAS workers for a new fiche, to the agent for its outcome", async () => {
    const w = await makeWorld();
    actAs(w.actors.AGENT);
    const r = await sendFicheAction(ficheForm({ email: "francois.lefevre@exemple.fr" }));
    if (!r.ok) throw new Error(r.formError);
    await flushEmails();
    expect(smtp.received).toHaveLength(1);
    const first = smtp.received[0]!;
    expect(first.envelopeTo.sort()).toEqual([w.users.ts.email, w.users.ts2.email, w.users.responsable.email].sort());
    expect(first.to).toBeUndefined();
    expect(first.subject).toContain(r.data.reference);
    expect(first.text).toContain(`http://localhost:3000/fiches-liaison/${r.data.id}`);
    for (const personal of ["Lefèvre", "François", "06 12", "francois.lefevre", "Pierre Legrand", "huissier", "Fives"]) {
      expect(`${first.subject}\n${first.text}`, personal).not.toContain(personal);
    }
    const ts = w.actors.TRAVAILLEUR_SOCIAL;
    await receiveFiche(ts, { ficheId: r.data.id });
    await assignFiche(ts, { ficheId: r.data.id, assigneeId: ts.id });
    await flushEmails();
    expect(smtp.received).toHaveLength(1);
    await giveRdv(ts, { ficheId: r.data.id, date: parisToday(new Date(Date.now() + 7 * 24 * H)), heure: "10:00", lieu: "DOMICILE", lieuPrecision: null });
    await flushEmails();
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[1]!.envelopeTo).toEqual([w.users.agent.email]);
    expect(smtp.received[1]!.subject).toContain(r.data.reference);
    expect(smtp.received[1]!.text).not.toContain("Lefèvre");
  });

  it("never fails the fiche when the mail server refuses or is down, and logs codes only", async () => {
    const w = await makeWorld();
    const errors = vi.spyOn(log, "error");
    try {
      actAs(w.actors.AGENT);
      smtp.refuse = true;
      expect((await sendFicheAction(ficheForm())).ok).toBe(true);
      await flushEmails();
      setEmailTransportForTests(await closedSmtpUrl());
      expect((await sendFicheAction(ficheForm())).ok).toBe(true);
      await flushEmails();
      expect(await db.ficheLiaison.count()).toBe(2);
      expect(smtp.received).toHaveLength(0);
      const logged = errors.mock.calls.filter((c) => c[1] === "email_send_failed").map((c) => c[0] as Record<string, unknown>);
      expect(logged.map((l) => [l.mail, l.responseCode ?? l.code])).toEqual([["fiche.new", 550], ["fiche.new", "ESOCKET"]]);
      expect(JSON.stringify(errors.mock.calls)).not.toContain("@");
    } finally {
      errors.mockRestore();
    }
  });

  it("sends nothing without SMTP_URL", async () => {
    const w = await makeWorld();
    setEmailTransportForTests(null);
    actAs(w.actors.AGENT);
    expect((await sendFicheAction(ficheForm())).ok).toBe(true);
    await flushEmails();
    expect(smtp.received).toHaveLength(0);
  });
});
