// Counts the statements that reach PostgreSQL while `fn` runs, at the `pg` driver (what Prisma's
// adapter and $queryRaw go through): the same count as the bench's request capture
// (scripts/lib/bench/sql-capture-preload.mjs). Proves a round trip saved without any timing.
import { createRequire } from "node:module";
import type pgModule from "pg";

const pg = createRequire(import.meta.url)("pg") as typeof pgModule;

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  // Replaced for the duration of fn only; any call shape is passed through unchanged.
  pg.Client.prototype.query = function counted(this: pgModule.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string } | null;
    statements.push(typeof config === "string" ? config : (config?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await fn(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
