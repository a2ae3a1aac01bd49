// The demo suivi seed on top of the foundation and usagers seeds: enough of every type and
// status, coherent dates, nothing on the dossiers the end-to-end tests use, a history for each.
import { beforeAll, describe, expect, it } from "vitest";
import { loadFoundation, seedFoundation } from "@/prisma/seed/foundation";
import { seedUsagers } from "@/prisma/seed/usagers";
import { seedAccompagnementsEtAides } from "@/prisma/seed/suivi";
import { accompagnementTimelineEvents } from "@/lib/domain/accompagnements/timeline-source";
import { planActionsDue } from "@/lib/domain/accompagnements/reminders";
import { listPendingAides } from "@/lib/domain/aides/queries";
import { db, resetDb } from "../helpers/db";

let result: Awaited<ReturnType<typeof seedAccompagnementsEtAides>>;
const count = async (sql: string) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]!.n);

beforeAll(async () => {
  await resetDb();
  const foundation = await seedFoundation(db);
  await seedUsagers(db, foundation);
  result = await seedAccompagnementsEtAides(db, await loadFoundation(db));
}, 120_000);

describe("demo accompagnements and aides", () => {
  it("creates about 60 accompagnements and 120 aids in the demo structure, every type and status", async () => {
    const demo = await db.structure.findUniqueOrThrow({ where: { name: "CCAS de Démo" } });
    const accs = await db.accompagnement.groupBy({ by: ["type", "status"], where: { structureId: demo.id }, _count: true });
    expect(new Set(accs.map((a) => a.type))).toEqual(new Set(["INDIVIDUEL", "BUDGETAIRE", "LOGEMENT", "ERRANCE"]));
    expect(new Set(accs.map((a) => a.status))).toEqual(new Set(["PROPOSE", "EN_COURS", "SUSPENDU", "CLOS"]));
    expect(accs.reduce((s, a) => s + a._count, 0)).toBe(60);
    const aides = await db.aide.groupBy({ by: ["status"], where: { structureId: demo.id }, _count: true });
    expect(new Set(aides.map((a) => a.status))).toEqual(new Set(["DEMANDEE", "EN_INSTRUCTION", "ACCORDEE", "REFUSEE", "AJOURNEE", "ABANDONNEE"]));
    expect(aides.reduce((s, a) => s + a._count, 0)).toBe(120);
    expect(result.accompagnements).toBeGreaterThan(60);
    for (const table of ["PlanObjectif", "PlanAction", "Dette", "EtapeExpulsion", "ContactMaraude"]) {
      expect(await count(`SELECT count(*) AS n FROM "${table}"`), table).toBeGreaterThan(5);
    }
  });

  it("keeps dates and amounts coherent", async () => {
    expect(await count(`SELECT count(*) AS n FROM "Accompagnement" WHERE "closAt" < debut OR "createdAt" > now() OR (status = 'CLOS') <> ("closAt" IS NOT NULL)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Aide" WHERE "decisionLe" < "demandeLe" OR "payeLe" < "decisionLe" OR "payeLe" > now() OR "demandeLe" > now()
      OR "demandeLe" < '2025-01-01' OR "montantDemandeCents" <= 0 OR "montantDemandeCents" > 10000000 OR (status = 'ACCORDEE') <> ("montantAccordeCents" IS NOT NULL)
      OR (status = 'REFUSEE' AND "motifRefus" IS NULL) OR ("payeLe" IS NOT NULL AND status <> 'ACCORDEE')`)).toBe(0);
    // A closed accompagnement's deadlines fall before its closing (a couple of weeks of slack at most).
    expect(await count(`SELECT count(*) AS n FROM "PlanAction" pa JOIN "PlanObjectif" o ON o.id = pa."objectifId"
      JOIN "Accompagnement" a ON a.id = o."accompagnementId" WHERE a.status = 'CLOS' AND pa.echeance > a."closAt" + interval '15 days'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Dette" WHERE "mensualiteCents" > "montantCents" OR "montantCents" <= 0`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "AuditLog" WHERE at > now()`)).toBe(0);
  });

  it("leaves the end-to-end dossiers alone and gives the demo accounts content", async () => {
    const anchors = await db.usager.findMany({ where: { OR: [{ nom: "Lefèvre", prenom: "François" }, { nom: "Dupont", prenom: "Amélie" }, { nom: "N'Diaye" }] }, select: { id: true } });
    expect(await db.accompagnement.count({ where: { usagerId: { in: anchors.map((a) => a.id) } } })).toBe(0);
    expect(await db.aide.count({ where: { usagerId: { in: anchors.map((a) => a.id) } } })).toBe(0);
    const foundation = await loadFoundation(db);
    const actor = (email: string) => {
      const u = foundation.demo.users.find((x) => x.email === email)!;
      return { id: u.id, role: u.role, structureId: u.structureId, siteId: u.siteId, firstName: u.firstName, lastName: u.lastName, email, mustChangePassword: false, ip: null };
    };
    expect((await planActionsDue(actor("ts@demo.passerelle.fr"), new Date(Date.now() + 14 * 86_400_000))).length).toBeGreaterThan(0);
    expect((await listPendingAides(actor("responsable@demo.passerelle.fr"))).length).toBeGreaterThan(10);
    const acc = await db.accompagnement.findFirstOrThrow({ where: { structureId: foundation.demo.id, status: "CLOS" } });
    const titles = (await accompagnementTimelineEvents(actor("ts2@demo.passerelle.fr"), acc.usagerId)).map((e) => e.title);
    expect(titles.some((t) => t.endsWith("clos"))).toBe(true);
    expect(titles.some((t) => t.endsWith("ouvert"))).toBe(true);
  });
});
