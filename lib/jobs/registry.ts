// Every scheduled job of the product, in one list: each feature adds its own entry.
// A job's `run` does its work across all structures, is idempotent, and is safe to run on two
// app instances at once (the runner also makes sure only one instance runs a given tick).
// `now` is passed in so that tests drive the clock.
export type JobDefinition = {
  /** Stable identifier, kebab-case (e.g. "audit-purge"). */
  name: string;
  /** Cron expression, Europe/Paris time. */
  cron: string;
  /** French, shown to administrators. */
  description: string;
  run: (now: Date) => Promise<unknown>;
};

export const JOBS: JobDefinition[] = [];
