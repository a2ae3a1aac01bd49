import { describe, expect, it } from "vitest";
import { isSessionExpired } from "@/lib/domain/auth/session-rules";

const at = (iso: string) => new Date(iso);

describe("session expiry", () => {
  const createdAt = at("2026-11-22T08:00:00Z");
  it("is valid while used within 30 minutes and under 8 hours", () => {
    expect(isSessionExpired({ createdAt, lastSeenAt: at("2026-11-22T15:45:00Z") }, at("2026-11-22T15:59:00Z"))).toBe(false);
  });
  it("expires after 30 minutes idle", () => {
    expect(isSessionExpired({ createdAt, lastSeenAt: at("2026-11-22T09:00:00Z") }, at("2026-11-22T09:30:01Z"))).toBe(true);
  });
  it("expires 8 hours after sign-in even when active", () => {
    expect(isSessionExpired({ createdAt, lastSeenAt: at("2026-11-22T15:59:00Z") }, at("2026-11-22T16:00:01Z"))).toBe(true);
  });
});
