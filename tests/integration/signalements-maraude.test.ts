// The maraude inbox (issue 22): who sees it (the team flag, set by the RESPONSABLE), the state
// machine with every change dated, two colleagues at once, the link to a dossier through an
// errance accompagnement, the page's settings and the dashboard's delay to the first visit.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import {
  changeSignalementStatusAction, createDossierFromSignalementAction, linkSignalementAction, setMaraudeMemberAction, updateSignalementSettingsAction,
} from "@/lib/actions/maraude";
import { changeSignalementStatus, CHANGED_MESSAGE } from "@/lib/domain/signalements/commands";
import { getSignalement, listSignalements } from "@/lib/domain/signalements/queries";
import { signalementDashboardFigures } from "@/lib/domain/signalements/dashboard";
import { navigationFor } from "@/lib/auth/navigation";
import type { Actor } from "@/lib/auth/actor";
import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { makeUsager, makeWorld } from "../helpers/factories";
import { makeSignalement } from "./signalement-fixtures";

beforeEach(resetDb);

const NOT_FOUND = "Élément introuvable ou inaccessible.";
const ALL = { statut: "TOUS" as const, du: "", au: "" };
type World = Awaited<ReturnType<typeof makeWorld>>;

async function teamWorld() {
  const w = await makeWorld();
  await db.user.update({ where: { id: w.users.ts.id }, data: { maraude: true } });
  const member: Actor = { ...w.actors.TRAVAILLEUR_SOCIAL, maraude: true };
  return { ...w, member };
}

async function step(actor: Actor, id: string, to: string, note = "") {
  actAs(actor);
  return changeSignalementStatusAction({ id, to, note });
}

describe("maraude: who sees the inbox", () => {
  it("the team members and the RESPONSABLE; not another TS, not the agent or the admin (even flagged), not another structure", async () => {
    const w = await teamWorld();
    const s = await makeSignalement(w.a);
    await makeSignalement(w.b);
    for (const actor of [w.member, w.actors.RESPONSABLE]) {
      expect((await listSignalements(actor, ALL)).map((r) => r.id)).toEqual([s.id]);
      expect((await getSignalement(actor, s.id))?.reference).toBe(s.reference);
      expect(navigationFor(actor).some((i) => i.href === "/maraude")).toBe(true);
    }
    // OTHER_TS, on their own structure's team, sees their own structure's report only.
    for (const actor of [w.actors.TS2, { ...w.actors.AGENT, maraude: true }, { ...w.actors.ADMIN, maraude: true }, { ...w.actors.OTHER_TS, maraude: true }]) {
      expect((await listSignalements(actor, ALL)).map((r) => r.id)).not.toContain(s.id);
      expect(await getSignalement(actor, s.id)).toBeNull();
      expect(navigationFor(actor).some((i) => i.href === "/maraude")).toBe(actor.role === "TRAVAILLEUR_SOCIAL" && actor.maraude === true);
      expect(await step(actor, s.id, "EQUIPE_ENVOYEE")).toMatchObject({ ok: false, formError: NOT_FOUND });
    }
    expect((await db.signalement.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("NOUVEAU");
  });

  it("the RESPONSABLE puts a TS on the team and takes them off; a TS cannot, nor can anyone reach another structure's account", async () => {
    const w = await teamWorld();
    actAs(w.actors.RESPONSABLE);
    expect(await setMaraudeMemberAction({ userId: w.users.ts2.id, maraude: true })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.users.ts2.id } })).maraude).toBe(true);
    expect(await setMaraudeMemberAction({ userId: w.users.otherTs.id, maraude: true })).toMatchObject({ ok: false, formError: NOT_FOUND });
    expect(await setMaraudeMemberAction({ userId: w.users.agent.id, maraude: true })).toMatchObject({ ok: false, formError: NOT_FOUND });
    actAs(w.member);
    expect(await setMaraudeMemberAction({ userId: w.users.ts2.id, maraude: false })).toMatchObject({ ok: false, formError: NOT_FOUND });
    expect(await db.auditLog.count({ where: { action: "signalement.equipe" } })).toBe(1);
  });

  it("the inbox lists the open ones by default, filters by status and by the day received", async () => {
    const w = await teamWorld();
    const old = await makeSignalement(w.a, "NOUVEAU", { createdAt: new Date("2026-01-10T10:00:00Z") });
    const closed = await makeSignalement(w.a, "CLOS");
    const open = await makeSignalement(w.a, "EQUIPE_ENVOYEE");
    const ids = async (p: Partial<typeof ALL> | { statut: string }) => (await listSignalements(w.member, { ...ALL, ...p } as typeof ALL)).map((r) => r.id).sort();
    expect(await ids({ statut: "OUVERTS" })).toEqual([old.id, open.id].sort());
    expect(await ids({ statut: "CLOS" })).toEqual([closed.id]);
    expect(await ids({ du: "2026-01-10", au: "2026-01-10" })).toEqual([old.id]);
  });
});

describe("maraude: the state machine, every change dated", () => {
  it("nouveau → équipe envoyée → non trouvée → équipe envoyée → rencontrée → clos; the first visit is the first one", async () => {
    const w = await teamWorld();
    const s = await makeSignalement(w.a);
    for (const to of ["EQUIPE_ENVOYEE", "NON_TROUVEE", "EQUIPE_ENVOYEE", "RENCONTREE", "CLOS"]) {
      expect(await step(w.member, s.id, to, `Passage ${to}`), to).toMatchObject({ ok: true });
    }
    const after = await db.signalement.findUniqueOrThrow({ where: { id: s.id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(after.events.map((e) => e.status)).toEqual(["NOUVEAU", "EQUIPE_ENVOYEE", "NON_TROUVEE", "EQUIPE_ENVOYEE", "RENCONTREE", "CLOS"]);
    expect(after.events.slice(1).every((e) => e.byId === w.member.id && e.note?.startsWith("Passage"))).toBe(true);
    expect(after.premiereVisiteAt?.getTime()).toBe(after.events[2]!.at.getTime());
    expect(after.closAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "signalement.status", entityId: s.id } })).toBe(5);
  });

  it("refuses what does not follow, with a French message, writing nothing", async () => {
    const w = await teamWorld();
    const cases: [string, string][] = [["NOUVEAU", "RENCONTREE"], ["NOUVEAU", "NON_TROUVEE"], ["NOUVEAU", "LIE"], ["EQUIPE_ENVOYEE", "LIE"], ["RENCONTREE", "EQUIPE_ENVOYEE"], ["CLOS", "EQUIPE_ENVOYEE"], ["NOUVEAU", "NOUVEAU"], ["LIE", "RENCONTREE"]];
    for (const [from, to] of cases) {
      const s = await makeSignalement(w.a, from as "NOUVEAU");
      const r = await step(w.member, s.id, to);
      expect(r.ok, `${from} → ${to}`).toBe(false);
      if (!r.ok) expect(r.fieldErrors.to).toMatch(from === "CLOS" ? /clos/ : /ne suit pas/);
      expect(await db.signalementEvent.count({ where: { signalementId: s.id } })).toBe(1);
    }
  });

  it("two colleagues move the same report at the same moment: one wins, the other is told, one event", async () => {
    const w = await teamWorld();
    const s = await makeSignalement(w.a);
    const results = await Promise.allSettled([
      changeSignalementStatus(w.member, { id: s.id, to: "EQUIPE_ENVOYEE", note: null }),
      changeSignalementStatus(w.actors.RESPONSABLE, { id: s.id, to: "CLOS", note: null }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as Error).message).toMatch(new RegExp(`${CHANGED_MESSAGE.slice(0, 30)}|ne suit pas|clos`));
    expect(await db.signalementEvent.count({ where: { signalementId: s.id } })).toBe(2);
  });

  it("closing removes the reporter's name, phone and e-mail; the report itself stays", async () => {
    const w = await teamWorld();
    const s = await makeSignalement(w.a, "RENCONTREE");
    expect(await step(w.member, s.id, "CLOS")).toMatchObject({ ok: true });
    const after = await db.signalement.findUniqueOrThrow({ where: { id: s.id } });
    expect(after).toMatchObject({ status: "CLOS", reporterNom: null, reporterTelephone: null, reporterEmail: null, personne: s.personne });
    expect(JSON.stringify(await db.auditLog.findMany({ select: { details: true } }))).not.toContain("claire.passante");
  });
});

describe("maraude: the link with a dossier (an errance accompagnement with the maraude contact)", () => {
  it("to an existing dossier: opens an errance accompagnement, records the contact, and reuses it for a second report", async () => {
    const w = await teamWorld();
    const usager = await makeUsager(w.a, { nom: "Durand", prenom: "Marc" });
    const first = await makeSignalement(w.a, "RENCONTREE");
    actAs(w.member);
    const r = await linkSignalementAction({ id: first.id, numeroDossier: usager.numeroDossier });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const acc = await db.accompagnement.findFirstOrThrow({ where: { usagerId: usager.id }, include: { contactsMaraude: true } });
    expect(acc).toMatchObject({ type: "ERRANCE", status: "EN_COURS", referentId: w.member.id, lieuVie: "Parvis de la gare, Lille" });
    expect(acc.contactsMaraude).toHaveLength(1);
    expect(acc.contactsMaraude[0]).toMatchObject({ lieu: "Parvis de la gare, Lille", observations: `Rencontre à la suite du signalement ${first.reference}.` });
    expect(await db.signalement.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "LIE", usagerId: usager.id, accompagnementId: acc.id });
    const second = await makeSignalement(w.a, "RENCONTREE");
    expect((await linkSignalementAction({ id: second.id, numeroDossier: usager.numeroDossier })).ok).toBe(true);
    expect(await db.accompagnement.count({ where: { usagerId: usager.id } })).toBe(1);
    expect(await db.contactMaraude.count({ where: { accompagnementId: acc.id } })).toBe(2);
    // Then it closes: the dossier keeps the contact, the reporter is gone.
    expect(await step(w.member, first.id, "CLOS")).toMatchObject({ ok: true });
    expect(await db.signalement.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ usagerId: usager.id, reporterEmail: null });
  });

  it("refuses before the person was met, an unknown number, another structure's dossier, and an archived one", async () => {
    const w = await teamWorld();
    const mine = await makeUsager(w.a, { nom: "Durand", prenom: "Marc" });
    const archived = await makeUsager(w.a, { nom: "Ancien", prenom: "Léo", status: "ARCHIVE" });
    const theirs = await makeUsager(w.b, { nom: "Voisin", prenom: "Paul" });
    actAs(w.member);
    const nouveau = await makeSignalement(w.a);
    expect(await linkSignalementAction({ id: nouveau.id, numeroDossier: mine.numeroDossier })).toMatchObject({ ok: false, formError: expect.stringMatching(/rencontrée/) });
    const met = await makeSignalement(w.a, "RENCONTREE");
    for (const numero of ["2099-99999", theirs.numeroDossier]) {
      const r = await linkSignalementAction({ id: met.id, numeroDossier: numero });
      expect(r.ok === false && r.fieldErrors.numeroDossier).toMatch(/Aucun dossier/);
    }
    expect(await linkSignalementAction({ id: met.id, numeroDossier: archived.numeroDossier })).toMatchObject({ ok: false, formError: expect.stringMatching(/archivé/) });
    expect(await db.accompagnement.count()).toBe(0);
    expect((await db.signalement.findUniqueOrThrow({ where: { id: met.id } })).status).toBe("RENCONTREE");
  });

  it("to a new dossier: asks first when a similar one exists, then creates it (birth date unknown, sans domicile) and links it", async () => {
    const w = await teamWorld();
    await makeUsager(w.a, { nom: "Durand", prenom: "Marc" });
    const s = await makeSignalement(w.a, "RENCONTREE");
    actAs(w.member);
    const asked = await createDossierFromSignalementAction({ id: s.id, nom: "Durand", prenom: "Marc", confirmNotDuplicate: false });
    expect(asked.ok === false && asked.fieldErrors.confirmNotDuplicate).toMatch(/autre personne/);
    expect(await db.usager.count()).toBe(1);
    const r = await createDossierFromSignalementAction({ id: s.id, nom: "Durand", prenom: "Marc", confirmNotDuplicate: true });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const created = await db.usager.findFirstOrThrow({ where: { id: { not: undefined }, numeroDossier: r.ok ? r.data.numeroDossier : "" } });
    expect(created).toMatchObject({ dateNaissancePrecision: "INCONNUE", dateNaissance: null, logementStatut: "SANS_DOMICILE", commune: "Lille" });
    expect(await db.accompagnement.findFirstOrThrow({ where: { usagerId: created.id } })).toMatchObject({ type: "ERRANCE" });
    expect(await db.signalement.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "LIE", usagerId: created.id });
  });
});

describe("maraude: the page's settings", () => {
  it("the RESPONSABLE opens the page at a free address; an address of another structure is refused on its field", async () => {
    const w = await teamWorld();
    actAs(w.actors.RESPONSABLE);
    const ok = await updateSignalementSettingsAction({ signalementActif: true, signalementCode: "ccas-lille", signalementCommunes: "Lille\nLomme\nLille", signalementConservationMois: "2" });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(await db.structureSettings.findUniqueOrThrow({ where: { structureId: w.a.id } })).toMatchObject({ signalementActif: true, signalementCode: "ccas-lille", signalementCommunes: ["Lille", "Lomme"], signalementConservationMois: 2 });
    const other: Actor = { ...w.actors.OTHER_TS, role: "RESPONSABLE" };
    actAs(other);
    const taken = await updateSignalementSettingsAction({ signalementActif: true, signalementCode: "ccas-lille", signalementCommunes: "", signalementConservationMois: "3" });
    expect(taken.ok === false && taken.fieldErrors.signalementCode).toMatch(/déjà prise/);
    for (const bad of [{ signalementCode: "CCAS Lille!" }, { signalementConservationMois: "12" }, { signalementCommunes: `Lille"; DROP` }]) {
      const r = await updateSignalementSettingsAction({ signalementActif: true, signalementCode: "ccas-voisin", signalementCommunes: "", signalementConservationMois: "3", ...bad });
      expect(r.ok).toBe(false);
    }
  });
});

describe("maraude: the dashboard", () => {
  it("counts the period's reports and gives the delay to the first visit (median, 9th decile), for the team only", async () => {
    const w = await teamWorld();
    const base = new Date("2026-11-02T08:00:00Z");
    const hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    for (const h of hours) await makeSignalement(w.a, "RENCONTREE", { createdAt: base, premiereVisiteAt: new Date(base.getTime() + h * 3600_000) });
    await makeSignalement(w.a, "NOUVEAU", { createdAt: base });
    await makeSignalement(w.b, "RENCONTREE", { createdAt: base, premiereVisiteAt: new Date(base.getTime() + 99 * 3600_000) });
    const filter = { from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z"), siteId: null };
    const f = await signalementDashboardFigures(w.member, filter);
    expect(f).toMatchObject({ recus: 11, visites: 10, nouveaux: 1 });
    expect(f!.visiteMedian).toBe(5.5 * 3600_000);
    expect(f!.visiteP90).toBe(Math.round(9.1 * 3600_000));
    expect(await signalementDashboardFigures(w.actors.TS2, filter)).toBeNull();
  });
});

export type { World };
