// A fingerprint of every table, to prove that a refused call wrote nothing. Per table, so that a
// failure names the table that changed. Rows are ordered by their own text: no key needed.
import { db } from "@/lib/db";

/**
 * Audit rows of READS are left out: opening a record logs who read it (docs/security.md), and a
 * read is not a change. Any other audit row (a write, a refusal) counts. Sign-in bookkeeping
 * (sessions, lockout counters) is written by the sign-in path, never by a server action.
 */
const ROW_FILTER: Record<string, string> = {
  AuditLog: `WHERE t.action NOT LIKE '%.read' AND t.action NOT LIKE '%.search'`,
};

let tables: string[] | null = null;
async function dataTables() {
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
  ).map((t) => t.tablename);
  return tables;
}

export async function tableChecksums(): Promise<Record<string, string>> {
  const parts = (await dataTables()).map(
    (t) => `SELECT '${t}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${t}" t ${ROW_FILTER[t] ?? ""}`,
  );
  const rows = await db.$queryRawUnsafe<{ name: string; sum: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

/** Names of the tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

/** Where a text was stored verbatim (column values as text, nested JSON included). */
export async function tablesContaining(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const t of await dataTables()) {
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${t}" t, jsonb_each_text(to_jsonb(t)) kv WHERE position($1 in kv.value) > 0`, text,
    );
    if (rows[0]!.n > 0n) found.push(t);
  }
  return found;
}
