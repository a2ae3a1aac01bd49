// Bulk reassignment through the server action, as each role: one transaction, one audit row per
// dossier, refusals change nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { reassignDossiersAction } from "@/lib/actions/dashboard";
import { listDossiersOfReferent } from "@/lib/domain/dashboard/reassign";
import { buildDashboardWorld } from "./dashboard-fixture";

let world: Awaited<ReturnType<typeof buildDashboardWorld>>;
beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
});

const linksOf = async (userId: string) => (await db.usagerReferent.findMany({ where: { userId }, select: { usagerId: true } })).map((l) => l.usagerId).sort();
const snapshot = async () => ({
  links: await db.usagerReferent.findMany({ orderBy: [{ usagerId: "asc" }, { userId: "asc" }], select: { usagerId: true, userId: true } }),
  accs: await db.accompagnement.findMany({ orderBy: { id: "asc" }, select: { id: true, referentId: true } }),
  audit: await db.auditLog.count(),
});

describe("reassigning dossiers in bulk", () => {
  it("a RESPONSABLE moves all the dossiers of one worker, with the open accompagnements they carry", async () => {
    const { ts, ts2 } = world.w.users;
    const { u1, u2, u3, u4, u5 } = world.u;
    actAs(world.w.actors.RESPONSABLE);
    const result = await reassignDossiersAction({ fromUserId: ts.id, toUserId: ts2.id, portee: "tous", usagerIds: [] });
    expect(result).toEqual({ ok: true, data: { moved: 4, accompagnements: 2 } });
    expect(await linksOf(ts.id)).toEqual([]);
    // U1 was already shared with TS2: one link, not two.
    expect(await linksOf(ts2.id)).toEqual([u1.id, u2.id, u3.id, u4.id, u5.id].sort());
    const accs = await db.accompagnement.findMany({ where: { usagerId: { in: [u1.id, u2.id] } }, select: { status: true, referentId: true } });
    expect(accs.filter((a) => a.status !== "CLOS").every((a) => a.referentId === ts2.id)).toBe(true);
    expect(accs.find((a) => a.status === "CLOS")!.referentId).toBe(ts.id);
    const audit = await db.auditLog.findMany({ where: { action: "usager.referent_reassign" } });
    expect(audit.map((a) => a.entityId).sort()).toEqual([u1.id, u2.id, u3.id, u4.id].sort());
    expect(audit[0]!.details).toEqual({ fromReferentId: ts.id, toReferentId: ts2.id });
  });

  it("moves only the ticked dossiers", async () => {
    const { ts, ts2 } = world.w.users;
    actAs(world.w.actors.RESPONSABLE);
    const result = await reassignDossiersAction({ fromUserId: ts.id, toUserId: ts2.id, portee: "choix", usagerIds: world.u.u2.id });
    expect(result).toEqual({ ok: true, data: { moved: 1, accompagnements: 1 } });
    expect(await linksOf(ts.id)).toEqual([world.u.u1.id, world.u.u3.id, world.u.u4.id].sort());
    expect(await db.auditLog.count({ where: { action: "usager.referent_reassign" } })).toBe(1);
  });

  it("refuses bad input with French messages on the right field, writing nothing", async () => {
    const { ts, ts2, agent } = world.w.users;
    actAs(world.w.actors.RESPONSABLE);
    const before = await snapshot();
    const same = await reassignDossiersAction({ fromUserId: ts.id, toUserId: ts.id, portee: "tous", usagerIds: [] });
    expect(same).toMatchObject({ ok: false, fieldErrors: { toUserId: "Choisissez un autre travailleur social que celui qui transmet." } });
    const none = await reassignDossiersAction({ fromUserId: ts.id, toUserId: ts2.id, portee: "choix", usagerIds: [] });
    expect(none).toMatchObject({ ok: false, fieldErrors: { usagerIds: expect.stringMatching(/Cochez au moins un dossier/) } });
    const empty = await reassignDossiersAction({ fromUserId: "", toUserId: "", portee: "x", usagerIds: "nope" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { fromUserId: expect.any(String), toUserId: expect.any(String), portee: expect.any(String) } });
    const toAgent = await reassignDossiersAction({ fromUserId: ts.id, toUserId: agent.id, portee: "tous", usagerIds: [] });
    expect(toAgent).toMatchObject({ ok: false, fieldErrors: { toUserId: expect.any(String) } });
    const otherStructure = await reassignDossiersAction({ fromUserId: ts.id, toUserId: world.w.users.otherTs.id, portee: "tous", usagerIds: [] });
    expect(otherStructure).toMatchObject({ ok: false, fieldErrors: { toUserId: expect.any(String) } });
    const notHis = await reassignDossiersAction({ fromUserId: ts.id, toUserId: ts2.id, portee: "choix", usagerIds: [world.u.u5.id] });
    expect(notHis).toMatchObject({ ok: false, fieldErrors: { usagerIds: "Liste de dossiers périmée." } });
    expect(await snapshot()).toEqual(before);
  });

  it("every other role gets the not-found answer and nothing changes", async () => {
    const { ts, ts2 } = world.w.users;
    const before = await snapshot();
    for (const actor of [world.w.actors.AGENT, world.w.actors.TRAVAILLEUR_SOCIAL, world.w.actors.ADMIN, world.w.actors.OTHER_TS]) {
      actAs(actor);
      expect(await reassignDossiersAction({ fromUserId: ts.id, toUserId: ts2.id, portee: "tous", usagerIds: [] }))
        .toEqual({ ok: false, formError: "Élément introuvable ou inaccessible.", fieldErrors: {} });
      expect(await listDossiersOfReferent(actor, ts.id)).toBeNull();
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lists a worker's dossiers for the RESPONSABLE, never another structure's worker", async () => {
    const list = await listDossiersOfReferent(world.w.actors.RESPONSABLE, world.w.users.ts.id);
    expect(list!.map((d) => d.nom)).toEqual(["Deux", "Quatre", "Trois", "Un"]);
    expect(await listDossiersOfReferent(world.w.actors.RESPONSABLE, world.w.users.otherTs.id)).toBeNull();
  });
});
