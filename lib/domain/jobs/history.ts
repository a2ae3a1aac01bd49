// The history of scheduled jobs for the "Tâches planifiées" page. A run's summary covers every
// structure; the page shows only the actor's part of it (the `parStructure` convention of
// lib/domain/retention/jobs.ts) so that no structure sees another one's figures.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canViewJobRuns } from "@/lib/auth/permissions";
import { jobRunScope } from "@/lib/auth/scopes/job-run";
import { NotFoundError } from "@/lib/domain/errors";
import { JOBS } from "@/lib/jobs/registry";
import { nextTick } from "@/lib/jobs/schedule";

/** A run still "en cours" after this long was cut short (instance stopped in the middle). */
const STALE_MS = 6 * 60 * 60 * 1000;

export type JobRunView = {
  id: string; jobName: string; description: string; scheduledFor: Date; startedAt: Date; finishedAt: Date | null;
  outcome: "EN_COURS" | "SUCCES" | "ECHEC" | "INTERROMPUE"; resume: [string, string][]; error: string | null;
};

function summaryFor(summary: unknown, structureId: string): [string, string][] {
  if (!summary || typeof summary !== "object" || Array.isArray(summary)) return [];
  const s = summary as Record<string, unknown>;
  // Summaries without a per-structure part are not shown: they may count other structures' data.
  const mine = s.parStructure && typeof s.parStructure === "object" ? (s.parStructure as Record<string, unknown>)[structureId] : undefined;
  if (!mine || typeof mine !== "object") return [];
  return Object.entries(mine as Record<string, unknown>)
    .filter(([, v]) => typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    .map(([k, v]) => [k, String(v)]);
}

export async function listJobRuns(actor: Actor, now = new Date()) {
  if (!canViewJobRuns(actor)) throw new NotFoundError();
  const runs = await db.jobRun.findMany({ where: jobRunScope(actor), orderBy: { startedAt: "desc" }, take: 100 });
  const describe = new Map(JOBS.map((j) => [j.name, j.description]));
  const jobs = JOBS.map((j) => ({ name: j.name, description: j.description, cron: j.cron, prochaine: nextTick(j.cron, now) }));
  const history: JobRunView[] = runs.map((r) => ({
    id: r.id, jobName: r.jobName, description: describe.get(r.jobName) ?? r.jobName,
    scheduledFor: r.scheduledFor, startedAt: r.startedAt, finishedAt: r.finishedAt,
    outcome: r.outcome === "EN_COURS" && now.getTime() - r.startedAt.getTime() > STALE_MS ? "INTERROMPUE" : r.outcome,
    resume: summaryFor(r.summary, actor.structureId),
    // The technical message is for administrators; it holds no personal data (ids at most).
    error: r.error,
  }));
  return { jobs, history };
}
