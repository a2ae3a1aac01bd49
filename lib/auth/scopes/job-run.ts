// The history of scheduled jobs (no social content): RESPONSABLE and ADMIN (canViewJobRuns). A run
// covers every structure; its summary is cut to the actor's structure when shown
// (lib/domain/jobs/history.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { canViewJobRuns } from "../permissions";
import { NOTHING, NOTHING_SQL, sqlAlias } from "./structure";

export function jobRunScope(actor: Actor): Prisma.JobRunWhereInput {
  return canViewJobRuns(actor) ? {} : NOTHING;
}

/** `alias` is the SQL alias of "JobRun". */
export function jobRunScopeSql(actor: Actor, alias: string): Prisma.Sql {
  return canViewJobRuns(actor) ? Prisma.sql`${sqlAlias(alias)}.id IS NOT NULL` : NOTHING_SQL;
}
