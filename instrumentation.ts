// Next calls register() once when a server process starts. The scheduled jobs run in the Node
// runtime of `next start` / `next dev` only: never in the edge runtime (the condition below is
// replaced at build time, so the edge bundle does not even contain the import), never while
// `next build` collects pages, never under Vitest (tests call lib/jobs/runner.ts with their clock).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE === "phase-production-build" || process.env.VITEST) return;
    try {
      const { startJobRunner } = await import("./lib/jobs/start");
      startJobRunner();
    } catch (error) {
      // A broken job runner must not take the application down with it.
      console.error("[passerelle] tâches planifiées non démarrées :", error);
    }
  }
}
