import { describe, expect, it } from "vitest";
import { Secret } from "otpauth";
import { matchingTotpStep, newTotpSecret, normaliseTotpCode, totpCodeAt, totpStepAt, totpUri } from "@/lib/domain/auth/totp";
import { decryptTotpSecret, encryptTotpSecret } from "@/lib/domain/auth/totp-crypto";
import { normaliseRecoveryCode } from "@/lib/domain/auth/totp-recovery";
import { groupedSecret } from "@/lib/domain/auth/totp-qr";
import { isTotpRequired } from "@/lib/domain/auth/totp-rules";
import { canResetTotp } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (the 8-digit values end with these 6).
const RFC_SECRET = Secret.fromLatin1("12345678901234567890").base32;

describe("TOTP codes (RFC 6238)", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("at T=%i the code is %s", (seconds, code) => {
    expect(totpCodeAt(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });

  it("accepts one step of drift each way and says which step the code belongs to", () => {
    const now = new Date("2026-11-22T10:00:15Z");
    const step = totpStepAt(now);
    const secret = newTotpSecret();
    expect(matchingTotpStep(secret, totpCodeAt(secret, now), now)).toBe(step);
    expect(matchingTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchingTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchingTotpStep(secret, totpCodeAt(secret, new Date(now.getTime() - 90_000)), now)).toBeNull();
  });

  it("makes 160-bit secrets and an otpauth:// address authenticator apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, "admin@ville.fr"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Passerelle");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
    expect(groupedSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });

  it("normalises what people type", () => {
    expect(normaliseTotpCode(" 123 456 ")).toBe("123456");
    expect(normaliseTotpCode("12345")).toBeNull();
    expect(normaliseTotpCode("12345a")).toBeNull();
    expect(normaliseRecoveryCode("ABCDE FGHJK")).toBe("abcdefghjk");
    expect(normaliseRecoveryCode("abcde-fghjk")).toBe("abcdefghjk");
    expect(normaliseRecoveryCode("123456")).toBeNull();
  });
});

describe("secret encryption at rest (AES-256-GCM, key from NEXTAUTH_SECRET)", () => {
  const A = "a".repeat(40);
  it("round-trips, with a fresh IV each time", () => {
    const one = encryptTotpSecret("JBSWY3DPEHPK3PXP", A);
    expect(one).not.toContain("JBSWY3DPEHPK3PXP");
    expect(encryptTotpSecret("JBSWY3DPEHPK3PXP", A)).not.toBe(one);
    expect(decryptTotpSecret(one, A)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses a tampered value or another NEXTAUTH_SECRET", () => {
    const stored = encryptTotpSecret("JBSWY3DPEHPK3PXP", A);
    const [v, iv, tag, data] = stored.split(".");
    const flipped = data!.slice(0, -2) + (data!.endsWith("A") ? "BA" : "AA");
    expect(() => decryptTotpSecret([v, iv, tag, flipped].join("."), A)).toThrow();
    expect(() => decryptTotpSecret(stored, "b".repeat(40))).toThrow();
    expect(() => decryptTotpSecret("n'importe quoi", A)).toThrow();
  });
});

describe("who needs a second factor, who resets it", () => {
  const actor = (id: string, role: Actor["role"], structureId = "A"): Actor => ({
    id, role, structureId, siteId: null, firstName: "C", lastName: "T", email: "x@y.fr", mustChangePassword: false, ip: null,
  });
  it("is required for ADMIN only", () => {
    expect(isTotpRequired("ADMIN")).toBe(true);
    for (const role of ["AGENT", "TRAVAILLEUR_SOCIAL", "RESPONSABLE"] as const) expect(isTotpRequired(role)).toBe(false);
  });
  it("an ADMIN resets another account of the structure, never their own", () => {
    const admin = actor("adm", "ADMIN");
    expect(canResetTotp(admin, { id: "u1", structureId: "A" })).toBe(true);
    expect(canResetTotp(admin, { id: "adm", structureId: "A" })).toBe(false);
    expect(canResetTotp(admin, { id: "u1", structureId: "B" })).toBe(false);
    expect(canResetTotp(actor("r", "RESPONSABLE"), { id: "u1", structureId: "A" })).toBe(false);
  });
});
