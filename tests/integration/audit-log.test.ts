import { beforeEach, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { db, resetDb } from "../helpers/db";
import { actorOf, makeStructure, makeUser } from "../helpers/factories";

beforeEach(resetDb);

describe("audit log", () => {
  it("is append-only: the database refuses UPDATE and DELETE", async () => {
    const actor = actorOf(await makeUser(await makeStructure(), "RESPONSABLE"));
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "test.read", entityType: "Test", entityId: "1" }));
    await expect(db.auditLog.updateMany({ data: { action: "falsifié" } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET action = 'x'`)).rejects.toThrow(/ajout seul/);
    expect(await db.auditLog.count({ where: { action: "test.read" } })).toBe(1);
  });

  it("lets only the retention purge delete, inside its own transaction", async () => {
    const actor = actorOf(await makeUser(await makeStructure(), "RESPONSABLE"));
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "test.old", entityType: "Test" }));
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL passerelle.audit_purge = 'on'`);
      await tx.auditLog.deleteMany({ where: { action: "test.old" } });
    });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("records actor, structure and address", async () => {
    const actor = actorOf(await makeUser(await makeStructure(), "TRAVAILLEUR_SOCIAL"));
    await db.$transaction((tx) => writeAudit(tx, actor, { action: "usager.read", entityType: "Usager", entityId: "42" }));
    expect(await db.auditLog.findFirstOrThrow()).toMatchObject({ actorId: actor.id, structureId: actor.structureId, ip: "127.0.0.1", entityId: "42" });
  });
});
