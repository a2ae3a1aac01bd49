import { db } from "@/lib/db";

/** True when the database answers within the pool's connection timeout. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
