// Integration tests run on a real PostgreSQL (see tests/setup). Each test starts from empty tables.
import { db } from "@/lib/db";

let tables: string[] | null = null;

export async function resetDb() {
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((t) => `"${t.tablename}"`);
  // TRUNCATE is not an UPDATE or DELETE: the audit log's append-only trigger lets it through.
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
}

export { db };
