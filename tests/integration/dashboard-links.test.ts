// Every number of the dashboard links to the list of the records it counts: this test follows
// each link of every table, for several periods, a site and both scopes (responsable, travailleur
// social), runs the list behind it as that user and checks that the list's total is the number
// (and, for amounts, that the list's sum is the amount). A delay links to the list it is computed
// over: the test checks it is the same link as that list's count.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "../helpers/db";
import type { Actor } from "@/lib/auth/actor";
import { getDashboardFigures } from "@/lib/domain/dashboard/figures";
import { filterOf } from "@/lib/domain/dashboard/period";
import { dashboardTables, usagerTotalLinks } from "@/lib/domain/dashboard/tables";
import type { Cell, ListLinks } from "@/lib/domain/shared/figure-table";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { listUsagers } from "@/lib/domain/usagers/list";
import { parseEntretienListParams } from "@/lib/domain/entretiens/list-params";
import { listEntretiens } from "@/lib/domain/entretiens/list";
import { parseAideListParams } from "@/lib/domain/aides/list-params";
import { listAidesFiltered } from "@/lib/domain/aides/queries";
import { parseOrientationListParams } from "@/lib/domain/orientations/schemas";
import { listStructureOrientations } from "@/lib/domain/orientations/queries";
import { parseInboxParams } from "@/lib/domain/fiches/list-params";
import { listFicheInbox } from "@/lib/domain/fiches/queries";
import { buildDashboardWorld, NOW } from "./dashboard-fixture";

let world: Awaited<ReturnType<typeof buildDashboardWorld>>;

beforeEach(async () => {
  await resetDb();
  world = await buildDashboardWorld();
});

type ListResult = { total: number; sums: Record<string, number> };

/** Runs the list a dashboard link points to, as the user who saw the link. */
async function follow(actor: Actor, href: string): Promise<ListResult> {
  const url = new URL(href, "http://passerelle.test");
  const q = Object.fromEntries(url.searchParams);
  switch (url.pathname) {
    case "/usagers":
      return { total: (await listUsagers(actor, parseUsagerListParams(q), NOW)).total, sums: {} };
    case "/entretiens":
      return { total: (await listEntretiens(actor, parseEntretienListParams(q, NOW))).total, sums: {} };
    case "/aides": {
      const list = await listAidesFiltered(actor, parseAideListParams(q));
      return { total: list.total, sums: { demande: list.demandeCents, accorde: list.accordeCents } };
    }
    case "/orientations":
      return { total: (await listStructureOrientations(actor, parseOrientationListParams(q), NOW)).total, sums: {} };
    case "/fiches-liaison":
      return { total: (await listFicheInbox(actor, parseInboxParams(q), NOW)).total, sums: {} };
    default:
      throw new Error(`lien vers une liste inconnue : ${href}`);
  }
}

/** For an amount column, the list's sum that must equal it. */
const SUM_OF: Record<string, string> = { "Montant demandé": "demande", "Montant accordé": "accorde", "Montant en attente": "demande" };

async function checkEveryLink(actor: Actor, params: { du: string; au: string; site: string }) {
  const result = (await getDashboardFigures(actor, filterOf(params), NOW))!;
  const links: ListLinks = { ...params, workerId: result.scope.workerId };
  const tables = dashboardTables(result.figures, links);
  let followed = 0;
  for (const table of tables) {
    for (const row of table.rows) {
      const counted = new Set<string>();
      const deferred: [string, Cell][] = [];
      for (const [i, cell] of row.entries()) {
        const { header, kind } = table.columns[i]!;
        const where = `${table.title} › ${String(row[0]!.v)} › ${header}`;
        if (kind === "texte") continue;
        if (typeof cell.v === "number" && cell.v > 0) expect(cell.href, `${where} : pas de lien`).toBeTruthy();
        if (!cell.href) continue;
        if (kind === "duree" || kind === "jours") {
          deferred.push([where, cell]);
          continue;
        }
        const list = await follow(actor, cell.href);
        if (kind === "euros") expect(list.sums[SUM_OF[header]!], `${where} (${cell.href})`).toBe(cell.v);
        else expect(list.total, `${where} (${cell.href})`).toBe(cell.v);
        counted.add(cell.href);
        followed++;
      }
      // A delay or an age is computed over a list the row already links a count to.
      for (const [where, cell] of deferred) expect(counted, `${where} (${cell.href})`).toContain(cell.href);
    }
  }
  const totals = usagerTotalLinks(links);
  if (result.figures.usagers.nouveaux > 0) expect((await follow(actor, totals.nouveaux!)).total).toBe(result.figures.usagers.nouveaux);
  if (result.figures.usagers.actifs > 0) expect((await follow(actor, totals.actifs!)).total).toBe(result.figures.usagers.actifs);
  return followed;
}

describe("every dashboard number leads to the list of what it counts", () => {
  it("for a responsable: a month, a month on one site, a year, a period cut inside months", async () => {
    const responsable = world.w.actors.RESPONSABLE;
    const november = await checkEveryLink(responsable, { du: "2026-11-01", au: "2026-11-30", site: "" });
    expect(november).toBeGreaterThan(30);
    await checkEveryLink(responsable, { du: "2026-11-01", au: "2026-11-30", site: world.sites.mds.id });
    await checkEveryLink(responsable, { du: "2026-11-01", au: "2026-11-30", site: world.sites.fives.id });
    await checkEveryLink(responsable, { du: "2026-01-01", au: "2026-12-31", site: "" });
    await checkEveryLink(responsable, { du: "2026-10-15", au: "2026-11-12", site: "" });
  });

  it("for a travailleur social: the lists are narrowed to their own caseload as the figures are", async () => {
    const ts = world.w.actors.TRAVAILLEUR_SOCIAL;
    expect(await checkEveryLink(ts, { du: "2026-11-01", au: "2026-11-30", site: "" })).toBeGreaterThan(5);
    await checkEveryLink(ts, { du: "2026-01-01", au: "2026-12-31", site: "" });
  });

  it("names the list's filters in the link (period, site, the dimension of the row)", async () => {
    const result = (await getDashboardFigures(world.w.actors.RESPONSABLE, filterOf({ du: "2026-11-01", au: "2026-11-30", site: "" }), NOW))!;
    const tables = dashboardTables(result.figures, { du: "2026-11-01", au: "2026-11-30", site: "", workerId: null });
    const ages = tables.find((t) => t.key === "ages")!;
    const href = ages.rows.flat().find((c) => c.href)!.href!;
    expect(new URL(href, "http://x").searchParams.get("ageAu")).toBe("2026-11-30");
    const charge = tables.find((t) => t.key === "charge")!;
    const row = charge.rows.find((r) => r[1]!.href?.includes(world.w.users.ts.id))!;
    expect(row.map((c) => c.href).filter(Boolean)).toContain(`/entretiens?auteur=${world.w.users.ts.id}&canal=BUREAU&du=2026-11-01&au=2026-11-30`);
    // The exports carry no link.
    expect(dashboardTables(result.figures).flatMap((t) => t.rows.flat()).some((c) => c.href)).toBe(false);
  });
});
