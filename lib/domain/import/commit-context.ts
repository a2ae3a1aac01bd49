// What every row of a commit's batch shares: who imports, the job, the mapping, and what the
// batch read or queued before its rows (run-job.ts), so that a row costs no query of its own
// unless it updates a dossier.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma, Usager } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import type { ReferentIndex } from "./row-input";
import type { ImportField } from "./fields";
import type { ImportChoice, ImportOutcome } from "./schemas";

export type CommitContext = {
  actor: Actor; jobId: string; mapping: (ImportField | "")[]; referents: ReferentIndex; groupChoices: Record<string, ImportChoice>; now: Date;
  /** The batch's dossiers by file identifier, read in one query before it and kept up to date by its creations. */
  externalIds?: Map<string, string>;
  /** The dossiers the batch's rows match, read in one query before it and kept up to date by its updates. */
  currents?: Map<string, Usager>;
  /** Their référents, as "usagerId|userId". */
  referentLinks?: Set<string>;
  /** The batch's new dossiers, written together (create-dossiers.ts); alone (tests), each row writes its own. */
  creates?: PendingCreate[];
  /** The batch's audit rows, written together at its end (same transaction). */
  audits?: Parameters<typeof writeAudit>[2][];
};

export type RowResult = { outcome: ImportOutcome; reason: string | null; usagerId: string | null; numero: string | null };

/** A dossier a row creates, queued until its batch writes them all (create-dossiers.ts). */
export type PendingCreate = {
  line: number;
  usager: Omit<Prisma.UsagerCreateManyInput, "id" | "numeroDossier">;
  referentId: string | null;
  entretien: Omit<Prisma.EntretienCreateManyInput, "usagerId"> | null;
  /** Returned to the caller at once; its number is filled in when the batch is written. */
  result: RowResult & { usagerId: string };
};

/** Audit rows of a batch go in one statement at its end; alone (tests), at once. */
export const auditRow = (tx: DbTx, ctx: CommitContext, entry: Parameters<typeof writeAudit>[2]) => (ctx.audits ? (ctx.audits.push(entry), Promise.resolve()) : writeAudit(tx, ctx.actor, entry));
