// Every figure of the dashboard for one actor and one filter, in the actor's scope (null: the
// role may not see a dashboard, the page answers 404). No name of a person, no free text.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { siteScope } from "@/lib/auth/scopes/site";
import type { DashboardFilter } from "./filter";
import { dashboardScope, type DashboardScope } from "@/lib/auth/scopes/dashboard";
import { caseloadFigures } from "./caseload";
import { ficheFigures } from "./fiches";
import { orientationFigures } from "./orientations";
import { aideFigures } from "./aides";
import { usagerFigures } from "./usagers";

export async function figuresFor(scope: DashboardScope, filter: DashboardFilter, now = new Date()) {
  const [caseload, fiches, orientations, aides, usagers] = await Promise.all([
    caseloadFigures(scope, filter, now), ficheFigures(scope, filter, now), orientationFigures(scope, filter),
    aideFigures(scope, filter), usagerFigures(scope, filter),
  ]);
  return { caseload, fiches, orientations, aides, usagers };
}
export type DashboardFigures = Awaited<ReturnType<typeof figuresFor>>;

export async function getDashboardFigures(actor: Actor, filter: DashboardFilter, now = new Date()) {
  const scope = dashboardScope(actor);
  if (!scope) return null;
  if (filter.siteId) {
    // A site of another structure is not an error to reveal: it filters nothing, so it matches nothing.
    const site = await db.site.findFirst({ where: { AND: [siteScope(actor), { id: filter.siteId }] }, select: { id: true } });
    if (!site) return { scope, figures: await figuresFor(scope, { ...filter, siteId: "00000000-0000-0000-0000-000000000000" }, now) };
  }
  return { scope, figures: await figuresFor(scope, filter, now) };
}
