// The page's figures are kept five minutes per scope and filter, in PostgreSQL: a second view in
// that time reads them back, "Recalculer" computes afresh, older figures (up to an hour) are shown
// while they are recomputed after the response, and a travailleur social
// never reads the structure's figures kept for a responsable.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "../helpers/db";
import { makeUsager } from "../helpers/factories";
import { DASHBOARD_CACHE_TTL_MS, DASHBOARD_STALE_SERVE_MS, getDashboardFiguresCached, refreshDashboardFigures } from "@/lib/domain/dashboard/cache";
import { buildDashboardWorld, NOVEMBER, NOW } from "./dashboard-fixture";

let world: Awaited<ReturnType<typeof buildDashboardWorld>>;

beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
});

const later = (ms: number) => new Date(NOW.getTime() + ms);

describe("dashboard figures cache", () => {
  it("reads back within five minutes, recomputes on demand and after expiry", async () => {
    const responsable = world.w.actors.RESPONSABLE;
    const first = (await getDashboardFiguresCached(responsable, NOVEMBER, { now: NOW }))!;
    expect(first.computedAt).toEqual(NOW);
    await makeUsager(world.w.a, { nom: "Nouveau", prenom: "Dossier", createdAt: new Date("2026-11-10T10:00:00Z") });

    const cached = (await getDashboardFiguresCached(responsable, NOVEMBER, { now: later(60_000) }))!;
    expect(cached.computedAt).toEqual(NOW);
    expect(cached.figures.usagers.nouveaux).toBe(first.figures.usagers.nouveaux);

    const refreshed = (await getDashboardFiguresCached(responsable, NOVEMBER, { now: later(120_000), refresh: true }))!;
    expect(refreshed.computedAt).toEqual(later(120_000));
    expect(refreshed.figures.usagers.nouveaux).toBe(first.figures.usagers.nouveaux + 1);

    // Past five minutes: shown at once, marked stale, until a recompute after the response.
    const stale = (await getDashboardFiguresCached(responsable, NOVEMBER, { now: later(120_000 + DASHBOARD_CACHE_TTL_MS) }))!;
    expect(stale).toMatchObject({ computedAt: later(120_000), stale: true });
    await makeUsager(world.w.a, { nom: "Encore", prenom: "Un", createdAt: new Date("2026-11-11T10:00:00Z") });
    await refreshDashboardFigures(responsable, NOVEMBER, later(130_000 + DASHBOARD_CACHE_TTL_MS));
    const updated = (await getDashboardFiguresCached(responsable, NOVEMBER, { now: later(140_000 + DASHBOARD_CACHE_TTL_MS) }))!;
    expect(updated).toMatchObject({ computedAt: later(130_000 + DASHBOARD_CACHE_TTL_MS), stale: false });
    expect(updated.figures.usagers.nouveaux).toBe(first.figures.usagers.nouveaux + 2);

    // Older than an hour: nobody is shown figures that old, they are computed before the page.
    const old = later(130_000 + DASHBOARD_CACHE_TTL_MS + DASHBOARD_STALE_SERVE_MS);
    expect(await getDashboardFiguresCached(responsable, NOVEMBER, { now: old })).toMatchObject({ computedAt: old, stale: false });
  });

  it("keeps each scope apart and gives nothing to roles without a dashboard", async () => {
    const all = (await getDashboardFiguresCached(world.w.actors.RESPONSABLE, NOVEMBER, { now: NOW }))!;
    const own = (await getDashboardFiguresCached(world.w.actors.TRAVAILLEUR_SOCIAL, NOVEMBER, { now: later(1000) }))!;
    expect(own.computedAt).toEqual(later(1000));
    expect(own.scope.workerId).toBe(world.w.actors.TRAVAILLEUR_SOCIAL.id);
    expect(own.figures.caseload.length).toBeLessThan(all.figures.caseload.length);
    expect(await getDashboardFiguresCached(world.w.actors.AGENT, NOVEMBER, { now: NOW })).toBeNull();
    expect(await getDashboardFiguresCached(world.w.actors.ADMIN, NOVEMBER, { now: NOW })).toBeNull();
    expect(await getDashboardFiguresCached(world.w.actors.OTHER_TS, NOVEMBER, { now: later(2000) })).not.toBeNull();
    const other = (await getDashboardFiguresCached(world.w.actors.OTHER_TS, NOVEMBER, { now: later(3000) }))!;
    expect(other.figures.caseload.every((r) => r.userId !== world.w.users.ts.id)).toBe(true);
  });
});
