// Started once per server process by instrumentation.ts. The jobs run in this Node process: no
// extra server, the database is the coordinator (see lib/jobs/runner.ts).
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { JOBS } from "./registry";
import { startScheduler, type Scheduler } from "./scheduler";

const globalForJobs = globalThis as unknown as { passerelleScheduler?: Scheduler };

export function startJobRunner() {
  if (env().SCHEDULED_JOBS === "off") {
    log.info({}, "tâches planifiées désactivées sur cette instance (SCHEDULED_JOBS=off)");
    return;
  }
  // Dev server hot reloads call register() again: one loop per process.
  if (globalForJobs.passerelleScheduler) return;
  const logger = log.child({ module: "jobs" });
  const scheduler = startScheduler({ jobs: JOBS, logger });
  globalForJobs.passerelleScheduler = scheduler;
  logger.info({ jobs: JOBS.map((j) => j.name) }, "tâches planifiées démarrées");
  const stop = () => {
    // No new pass starts; a job in flight is either finished or rolled back by PostgreSQL.
    void scheduler.stop().then(() => logger.info({}, "tâches planifiées arrêtées"));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
