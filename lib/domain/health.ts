import { db, type Db } from "@/lib/db";

/** True when the database answers within the pool's connection timeout. */
export async function isDatabaseReachable(client: Pick<Db, "$queryRaw"> = db): Promise<boolean> {
  try {
    await client.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
