// The download routes of the dashboard, called as each role: RESPONSABLE gets the file (never
// cached), everyone else the same 404; a request started by another site is refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/current-user", async () => (await import("../helpers/act-as")).currentUserModule);

import { actAs } from "../helpers/act-as";
import { db, resetDb } from "../helpers/db";
import { GET as exportTable } from "@/app/api/tableau-de-bord/export/route";
import { GET as rapport } from "@/app/api/tableau-de-bord/rapport/route";
import { GET as abs } from "@/app/api/tableau-de-bord/abs/route";
import { buildDashboardWorld } from "./dashboard-fixture";

let world: Awaited<ReturnType<typeof buildDashboardWorld>>;
beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
});

const req = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers: { host: "localhost:3000", ...headers } });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("dashboard downloads", () => {
  it("a RESPONSABLE downloads a table, the rapport and the ABS export", async () => {
    actAs(world.w.actors.RESPONSABLE);
    const csv = await exportTable(req("/api/tableau-de-bord/export?table=aides&format=csv&periode=perso&du=2026-11-01&au=2026-11-30"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("cache-control")).toBe("no-store");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="tableau-de-bord-aides-2026-11-01-2026-11-30.csv"');
    expect(await csv.text()).toContain("Aide alimentaire;2;150,00;1;80,00;1;1;30,00");
    for (const res of [await rapport(req("/api/tableau-de-bord/rapport?annee=2026")), await abs(req("/api/tableau-de-bord/abs?annee=2026"))]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(XLSX);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(await db.auditLog.count({ where: { action: "dashboard.export" } })).toBe(3);
  });

  it("answers 404 to every other role, signed out included, and to malformed requests", async () => {
    for (const actor of [world.w.actors.AGENT, world.w.actors.TRAVAILLEUR_SOCIAL, world.w.actors.ADMIN, world.w.actors.OTHER_TS, null]) {
      actAs(actor);
      expect((await exportTable(req("/api/tableau-de-bord/export?table=charge&format=xlsx"))).status).toBe(404);
      expect((await rapport(req("/api/tableau-de-bord/rapport?annee=2026"))).status).toBe(404);
      expect((await abs(req("/api/tableau-de-bord/abs?annee=2026"))).status).toBe(404);
    }
    actAs(world.w.actors.RESPONSABLE);
    expect((await exportTable(req("/api/tableau-de-bord/export?table=inconnue&format=xlsx"))).status).toBe(404);
    expect((await exportTable(req("/api/tableau-de-bord/export?table=charge&format=pdf"))).status).toBe(404);
    expect((await rapport(req("/api/tableau-de-bord/rapport?annee=deux-mille"))).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "dashboard.export" } })).toBe(0);
  });

  it("refuses a download started by another site", async () => {
    actAs(world.w.actors.RESPONSABLE);
    const res = await exportTable(req("/api/tableau-de-bord/export?table=charge&format=csv", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }));
    expect(res.status).toBe(403);
    expect(await db.auditLog.count({ where: { action: "dashboard.export" } })).toBe(0);
  });
});
