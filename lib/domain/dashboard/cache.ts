// The year's figures read every dossier of the structure with its household and activity
// (about half a second at 100,000 dossiers on 2 cores): too slow to recompute on every view of
// a page a manager opens many times a day. The page's figures are therefore kept five minutes in
// PostgreSQL (shared by every app instance), per scope and filter; the page says when they were
// computed and offers to recompute at once. Exports always compute afresh.
// Past five minutes, figures younger than an hour are still shown at once, marked as being
// updated, and the page recomputes them after its response (stale-while-revalidate): a manager
// never waits for the half-second recompute unless the figures are older than that, or none
// exist yet for this period, or they asked for it.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { DashboardFilter } from "./filter";
import { dashboardScope, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { getDashboardFigures, type DashboardFigures } from "./figures";

export const DASHBOARD_CACHE_TTL_MS = 5 * 60_000;
export const DASHBOARD_STALE_SERVE_MS = 60 * 60_000;

function cacheKey(scope: { structureId: string; workerId: string | null }, filter: DashboardFilter): string {
  const parts = [scope.structureId, scope.workerId, filter.from.toISOString(), filter.to.toISOString(), filter.siteId];
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

export async function getDashboardFiguresCached(actor: Actor, filter: DashboardFilter, { refresh = false, now = new Date() } = {}) {
  const scope = dashboardScope(actor);
  if (!scope) return null;
  const key = cacheKey(scope, filter);
  if (!refresh) {
    const hit = await db.dashboardCache.findUnique({ where: { key } });
    const age = hit ? now.getTime() - hit.computedAt.getTime() : Infinity;
    if (hit && age >= 0 && age < DASHBOARD_STALE_SERVE_MS) {
      return { scope, figures: hit.figures as unknown as DashboardFigures, computedAt: hit.computedAt, stale: age >= DASHBOARD_CACHE_TTL_MS };
    }
  }
  return { ...(await compute(actor, scope, key, filter, now)), stale: false };
}

// Keys being recomputed by this instance: several views of a stale page start one recompute.
// Two instances may each recompute once: harmless, the last write wins.
const refreshing = new Set<string>();

/** Recomputes and stores the figures (after a response that showed stale ones). */
export async function refreshDashboardFigures(actor: Actor, filter: DashboardFilter, now = new Date()) {
  const scope = dashboardScope(actor);
  if (!scope) return;
  const key = cacheKey(scope, filter);
  if (refreshing.has(key)) return;
  refreshing.add(key);
  try {
    await compute(actor, scope, key, filter, now);
  } finally {
    refreshing.delete(key);
  }
}

async function compute(actor: Actor, scope: DashboardScope, key: string, filter: DashboardFilter, now: Date) {
  const result = (await getDashboardFigures(actor, filter, now))!;
  const figures = result.figures as unknown as object;
  await db.$transaction([
    db.dashboardCache.upsert({ where: { key }, create: { key, structureId: scope.structureId, figures, computedAt: now }, update: { figures, computedAt: now } }),
    // Custom periods make new keys: what has expired long ago goes.
    db.dashboardCache.deleteMany({ where: { structureId: scope.structureId, computedAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } } }),
  ]);
  return { ...result, computedAt: now };
}
