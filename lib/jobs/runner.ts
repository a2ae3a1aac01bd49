// Runs the jobs that are due, once per tick across every app instance: each instance tries to
// insert the (job, tick) row of the history table and only the one whose insert went through
// runs the job (a unique key, no lock held while the job works). See docs/decisions/0015.
import { hostname } from "node:os";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { JobDefinition } from "./registry";
import { dueTick } from "./schedule";

export type JobLogger = {
  info: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
};

export type TickResult = { job: string; tick: Date; outcome: "SUCCES" | "ECHEC" };

export const INSTANCE_ID = `${hostname()}:${process.pid}`;

const SUMMARY_MAX = 20_000;

function toJson(summary: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (summary === undefined || summary === null) return Prisma.DbNull;
  const text = JSON.stringify(summary);
  // A summary is counts and ids, never a dump: keep the history row small.
  return text.length > SUMMARY_MAX ? { tronque: true } : (JSON.parse(text) as Prisma.InputJsonValue);
}

async function claim(job: JobDefinition, tick: Date, instance: string): Promise<string | null> {
  // INSERT … ON CONFLICT DO NOTHING: exactly one instance gets count 1 for a given tick.
  const { count } = await db.jobRun.createMany({ data: [{ jobName: job.name, scheduledFor: tick, startedAt: new Date(), instance }], skipDuplicates: true });
  if (count === 0) return null;
  const row = await db.jobRun.findUniqueOrThrow({ where: { jobName_scheduledFor: { jobName: job.name, scheduledFor: tick } }, select: { id: true } });
  return row.id;
}

/** One pass: every due job whose tick no instance has claimed yet is run here, one after another. */
export async function runDueJobs(opts: { jobs: JobDefinition[]; now: Date; logger: JobLogger; instance?: string }): Promise<TickResult[]> {
  const results: TickResult[] = [];
  for (const job of opts.jobs) {
    const tick = dueTick(job.cron, opts.now);
    if (!tick) continue;
    const runId = await claim(job, tick, opts.instance ?? INSTANCE_ID);
    if (!runId) continue;
    opts.logger.info({ job: job.name, tick: tick.toISOString() }, "tâche planifiée : début");
    try {
      const summary = await job.run(opts.now);
      await db.jobRun.update({ where: { id: runId }, data: { outcome: "SUCCES", finishedAt: new Date(), summary: toJson(summary) } });
      opts.logger.info({ job: job.name, tick: tick.toISOString() }, "tâche planifiée : terminée");
      results.push({ job: job.name, tick, outcome: "SUCCES" });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      opts.logger.error({ job: job.name, tick: tick.toISOString(), err: error }, "tâche planifiée : échec");
      // The failure is recorded; recording it must not crash the loop either.
      await db.jobRun
        .update({ where: { id: runId }, data: { outcome: "ECHEC", finishedAt: new Date(), error: message.slice(0, 2000) } })
        .catch((e: unknown) => opts.logger.error({ job: job.name, err: e }, "tâche planifiée : échec non enregistré"));
      results.push({ job: job.name, tick, outcome: "ECHEC" });
    }
  }
  return results;
}
