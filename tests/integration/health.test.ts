import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseReachable } from "@/lib/domain/health";

describe("health", () => {
  it("is true when the database answers", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });
  it("is false (never throws) when the database is down", async () => {
    const down = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://x:y@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }) });
    expect(await isDatabaseReachable(down)).toBe(false);
  });
});
