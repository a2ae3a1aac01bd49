// The loop of one app instance: every minute, run what is due (lib/jobs/runner.ts). A pass that
// is still running when the next minute comes is not doubled. stop() waits for the pass in
// flight so that a job is not cut in the middle of its transaction.
import type { JobDefinition } from "./registry";
import { runDueJobs, type JobLogger } from "./runner";

export type Scheduler = { stop: () => Promise<void> };

export function startScheduler(opts: { jobs: JobDefinition[]; logger: JobLogger; intervalMs?: number; clock?: () => Date }): Scheduler {
  const clock = opts.clock ?? (() => new Date());
  let inFlight: Promise<unknown> | null = null;
  let stopped = false;
  const pass = () => {
    if (stopped || inFlight) return;
    inFlight = runDueJobs({ jobs: opts.jobs, now: clock(), logger: opts.logger })
      .catch((error: unknown) => opts.logger.error({ err: error }, "tâches planifiées : passage en échec"))
      .finally(() => {
        inFlight = null;
      });
  };
  const timer = setInterval(pass, opts.intervalMs ?? 60_000);
  timer.unref();
  // First pass shortly after start, once the server is up.
  const first = setTimeout(pass, 5_000);
  first.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await inFlight;
    },
  };
}
