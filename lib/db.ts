// Prisma singleton. Imported only by lib/domain, lib/auth, the seed and tests (see
// docs/decisions/0001-prisma-6-js-engine.md for why the pg driver adapter is used).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env().DATABASE_URL,
    // Fail fast when the database is down instead of queueing requests (health answers 503).
    connectionTimeoutMillis: 5_000,
    max: 10,
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

export const db = globalForPrisma.prisma ?? createClient();
if (env().NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = typeof db;
/** A client or an interactive transaction: what domain helpers accept. */
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
