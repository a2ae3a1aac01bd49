// The scheduled-job runner: two runners on one database run a tick once, a failing job is
// recorded and does not stop the others, cron ticks are Paris time, old ticks are not caught up.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { JobDefinition } from "@/lib/jobs/registry";
import { JOBS } from "@/lib/jobs/registry";
import { runDueJobs } from "@/lib/jobs/runner";
import { dueTick, latestTick } from "@/lib/jobs/schedule";
import { startScheduler } from "@/lib/jobs/scheduler";
import { db, resetDb } from "../helpers/db";

beforeEach(resetDb);

const logger = () => ({ info: vi.fn(), error: vi.fn() });
const at = (iso: string) => new Date(iso);

describe("schedule", () => {
  it("reads cron expressions in Paris time, winter and summer", () => {
    expect(latestTick("0 3 * * *", at("2026-11-22T02:30:00Z")).toISOString()).toBe("2026-11-22T02:00:00.000Z");
    expect(latestTick("0 3 * * *", at("2026-07-14T01:30:00Z")).toISOString()).toBe("2026-07-14T01:00:00.000Z");
    // A tick falling exactly on now is due.
    expect(latestTick("*/5 * * * *", at("2026-11-22T10:05:00Z")).toISOString()).toBe("2026-11-22T10:05:00.000Z");
  });

  it("catches up a tick missed by less than an hour, not an older one", () => {
    expect(dueTick("0 3 * * *", at("2026-11-22T02:40:00Z"))?.toISOString()).toBe("2026-11-22T02:00:00.000Z");
    expect(dueTick("0 3 * * *", at("2026-11-22T09:00:00Z"))).toBeNull();
  });

  it("every registered job has a unique name, a valid cron and a French description", () => {
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
    for (const job of JOBS) {
      expect(() => latestTick(job.cron, new Date())).not.toThrow();
      expect(job.description.length).toBeGreaterThan(10);
    }
  });
});

describe("runner", () => {
  it("two runners on one database run a tick once, and the next tick again", async () => {
    let runs = 0;
    const job: JobDefinition = {
      name: "compteur", cron: "*/5 * * * *", description: "Compte ses passages",
      run: async () => { runs++; await new Promise((r) => setTimeout(r, 50)); return { parStructure: {} }; },
    };
    const now = at("2026-11-22T10:05:30Z");
    const [a, b] = await Promise.all([
      runDueJobs({ jobs: [job], now, logger: logger(), instance: "instance-a" }),
      runDueJobs({ jobs: [job], now, logger: logger(), instance: "instance-b" }),
    ]);
    expect(runs).toBe(1);
    expect([...a, ...b]).toHaveLength(1);
    // Same tick a minute later: nothing. Next tick: runs again.
    await runDueJobs({ jobs: [job], now: at("2026-11-22T10:06:30Z"), logger: logger(), instance: "instance-b" });
    expect(runs).toBe(1);
    await runDueJobs({ jobs: [job], now: at("2026-11-22T10:10:01Z"), logger: logger(), instance: "instance-b" });
    expect(runs).toBe(2);
    const history = await db.jobRun.findMany({ orderBy: { scheduledFor: "asc" } });
    expect(history.map((h) => [h.jobName, h.scheduledFor.toISOString(), h.outcome])).toEqual([
      ["compteur", "2026-11-22T10:05:00.000Z", "SUCCES"],
      ["compteur", "2026-11-22T10:10:00.000Z", "SUCCES"],
    ]);
    expect(history[0]!.finishedAt).not.toBeNull();
    expect(history[0]!.summary).toEqual({ parStructure: {} });
  });

  it("records a failure, logs it, and still runs the other jobs", async () => {
    const log = logger();
    const ran = vi.fn(async () => ({ ok: 1 }));
    const jobs: JobDefinition[] = [
      { name: "en-panne", cron: "0 * * * *", description: "Échoue", run: async () => { throw new Error("base indisponible"); } },
      { name: "saine", cron: "0 * * * *", description: "Réussit", run: ran },
    ];
    const results = await runDueJobs({ jobs, now: at("2026-11-22T10:00:10Z"), logger: log, instance: "i" });
    expect(results.map((r) => [r.job, r.outcome])).toEqual([["en-panne", "ECHEC"], ["saine", "SUCCES"]]);
    expect(ran).toHaveBeenCalledOnce();
    expect(log.error).toHaveBeenCalled();
    const failed = await db.jobRun.findFirstOrThrow({ where: { jobName: "en-panne" } });
    expect(failed).toMatchObject({ outcome: "ECHEC", error: "base indisponible" });
  });

  it("passes the runner's clock to the job", async () => {
    const run = vi.fn(async (now: Date) => (now ? null : null));
    const now = at("2026-11-22T02:00:05Z");
    await runDueJobs({ jobs: [{ name: "horloge", cron: "0 3 * * *", description: "Reçoit l'heure", run }], now, logger: logger() });
    expect(run).toHaveBeenCalledWith(now);
  });

  it("the scheduler loop runs due jobs and stops cleanly, waiting for the pass in flight", async () => {
    let finished = false;
    const job: JobDefinition = {
      name: "lente", cron: "* * * * *", description: "Prend son temps",
      run: async () => { await new Promise((r) => setTimeout(r, 300)); finished = true; },
    };
    const scheduler = startScheduler({ jobs: [job], logger: logger(), intervalMs: 100, clock: () => at("2026-11-22T10:00:30Z") });
    await vi.waitFor(async () => expect(await db.jobRun.count()).toBe(1), { timeout: 10_000 });
    await scheduler.stop();
    expect(finished).toBe(true);
    expect((await db.jobRun.findFirstOrThrow()).outcome).toBe("SUCCES");
  });
});
