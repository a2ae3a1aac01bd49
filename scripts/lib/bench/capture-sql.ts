// The "floor" of each benchmarked page: the exact SQL its domain calls send to PostgreSQL. This
// module runs the same lib/domain functions the page runs (listed below, per page), through a
// Prisma client that logs every statement with its parameters, and prints them as JSON; the
// benchmark then replays them with `pg` alone, without Next.js, React or Prisma in between.
// Run by scripts/lib/bench/sql-floor.mjs with DATABASE_URL = the bench database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Statement = { text: string; values: unknown[] };
/** searchCandidates: typo'd prefixes of real names, with the dossier each one should find. */
type Input = { sessionId: string; responsableSessionId?: string; usagerId: string; quartier: string; searchCandidates: { term: string; usagerId: string; source: string }[] };

const captured: Statement[] = [];
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
});
client.$on("query", (event) => {
  captured.push({ text: event.query, values: JSON.parse(event.params || "[]") as unknown[] });
});
// lib/db.ts reuses a client found on globalThis outside production: it becomes this one.
(globalThis as unknown as { prisma?: PrismaClient }).prisma = client;

type ActorFn = (actor: never, ...args: never[]) => Promise<unknown>;
/**
 * A domain function from a module other engineers are still building: null when it does not
 * exist (yet). The variable specifier keeps the type-check independent of that module.
 */
async function optional(modulePath: string, name: string): Promise<ActorFn | null> {
  try {
    const mod = (await import(modulePath)) as Record<string, unknown>;
    return typeof mod[name] === "function" ? (mod[name] as ActorFn) : null;
  } catch {
    return null;
  }
}

/** Runs `fn` once and returns the statements it sent (transactions included). */
async function capture(fn: () => Promise<unknown>): Promise<Statement[]> {
  captured.length = 0;
  await fn();
  return captured.splice(0);
}

async function main() {
  const input = JSON.parse(process.argv[2] ?? "{}") as Input;
  const { loadActorForSession } = await import("@/lib/domain/auth/sessions");
  const { getNavigationHeader } = await import("@/lib/domain/navigation/header");
  const { parseUsagerListParams } = await import("@/lib/domain/usagers/list-params");
  const { listQuartiers, listReferentOptions, listUsagers } = await import("@/lib/domain/usagers/list");
  const { getUsagerDossier } = await import("@/lib/domain/usagers/dossier");
  const { getUsagerTimeline } = await import("@/lib/domain/dossier/timeline");
  const { getRavSettings } = await import("@/lib/domain/settings/structure-settings");
  const { listEntretiens } = await import("@/lib/domain/entretiens/queries");
  const { listDiagnostics } = await import("@/lib/domain/diagnostics/queries");

  const actor = await loadActorForSession(input.sessionId, { ip: null });
  if (!actor) throw new Error("session inconnue : la connexion du banc d'essai a échoué");
  type Call = (actor: unknown, ...args: unknown[]) => Promise<unknown>;
  const call = (fn: ActorFn | null, ...args: unknown[]) => (fn ? capture(() => (fn as unknown as Call)(actor, ...args)) : null);
  const present = (calls: Record<string, Statement[] | null>) =>
    Object.fromEntries(Object.entries(calls).filter((e): e is [string, Statement[]] => e[1] !== null));
  // What every page of the signed-in area runs first (app/(app)/layout.tsx): the session, then
  // the header's names with the navigation's counters (one statement each, decision 0097).
  const layout = present({
    session: await capture(() => loadActorForSession(input.sessionId, { ip: null })),
    entete: await capture(() => getNavigationHeader(actor)),
  });
  const listPage = async (params: Record<string, string>) => ({
    ...layout,
    listUsagers: await capture(() => listUsagers(actor, parseUsagerListParams(params))),
    referents: await capture(() => listReferentOptions(actor)),
    quartiers: await capture(() => listQuartiers(actor)),
  });
  // The first typo'd term whose results (first page) include the person it was made from.
  let search = { ...input.searchCandidates[0]!, found: false, total: 0 };
  for (const candidate of input.searchCandidates) {
    const result = await listUsagers(actor, parseUsagerListParams({ q: candidate.term }));
    if (result.rows.some((r) => r.id === candidate.usagerId)) {
      search = { ...candidate, found: true, total: result.total };
      break;
    }
  }
  const pages: Record<string, Record<string, Statement[]>> = {
    recherche: await listPage({ q: search.term }),
    tableau: await listPage({ tri: "dernierContact", statut: "ACTIF", quartier: input.quartier, page: "3" }),
    // app/(app)/usagers/[id]/page.tsx and the cards it renders (accompagnements, aides, orientations).
    dossier: present({
      ...layout,
      dossier: await capture(() => getUsagerDossier(actor, input.usagerId)),
      historique: await capture(() => getUsagerTimeline(actor, input.usagerId)),
      referents: await capture(() => listReferentOptions(actor)),
      reglages: await capture(() => getRavSettings(actor)),
      entretiens: await capture(() => listEntretiens(actor, input.usagerId)),
      diagnostics: await capture(() => listDiagnostics(actor, input.usagerId)),
      accompagnements: await call(await optional("@/lib/domain/accompagnements/queries", "listAccompagnementsForUsager"), input.usagerId),
      aides: await call(await optional("@/lib/domain/aides/queries", "listAidesForUsager"), input.usagerId),
      orientations: await call(await optional("@/lib/domain/orientations/queries", "listOrientationsForUsager"), input.usagerId),
    }),
  };
  // app/(app)/tableau-de-bord/page.tsx for "cette année", as the RESPONSABLE (the whole structure).
  const dashboard = await optional("@/lib/domain/dashboard/figures", "getDashboardFigures");
  const dashboardSites = await optional("@/lib/domain/dashboard/sites", "listDashboardSites");
  const { filterOf, parseDashboardParams } = await import("@/lib/domain/dashboard/period").catch(() => ({ filterOf: null, parseDashboardParams: null }));
  const responsable = input.responsableSessionId ? await loadActorForSession(input.responsableSessionId, { ip: null }) : null;
  if (dashboard && dashboardSites && filterOf && parseDashboardParams && responsable) {
    const asResponsable = (fn: ActorFn, ...args: unknown[]) => capture(() => (fn as unknown as Call)(responsable, ...args));
    pages["tableau-de-bord"] = {
      session: await capture(() => loadActorForSession(input.responsableSessionId!, { ip: null })),
      entete: await capture(() => getNavigationHeader(responsable)),
      figures: await asResponsable(dashboard, filterOf(parseDashboardParams({ periode: "annee" }))),
      sites: await asResponsable(dashboardSites),
    };
  }
  const inbox = await optional("@/lib/domain/fiches/queries", "listFicheInbox");
  if (inbox) pages.fiches = { ...layout, boite: (await call(inbox))! };
  // Whatever sources the history has today (entretiens, aides, fiches…): the events shown.
  const timelineEvents = (await getUsagerTimeline(actor, input.usagerId)).length;
  process.stdout.write(JSON.stringify({ pages, search, timelineEvents }));
}

main()
  .then(() => client.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await client.$disconnect();
    process.exit(1);
  });
