import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("password policy (CNIL)", () => {
  it.each([
    ["Abcdefgh1-xy", "TRAVAILLEUR_SOCIAL", true], // 12 chars, 4 kinds
    ["Abcdefgh1xyz", "TRAVAILLEUR_SOCIAL", false], // 12 chars, 3 kinds
    ["Abcdefgh1xyzuv", "AGENT", true], // 14 chars, 3 kinds
    ["abcdefghijklmnop", "RESPONSABLE", false], // 1 kind
    ["Abc-1", "AGENT", false],
    ["Abcdefgh1-xy", "ADMIN", false], // administrators need 16
    ["Passerelle-Demo-2026", "ADMIN", true],
    ["abcdefghijklmnop1-", "ADMIN", true], // 18 chars, 3 kinds
  ] as const)("%s for %s acceptable: %s", (password, role, ok) => {
    expect(passwordProblem(password, role) === null).toBe(ok);
  });

  it("explains in French what is missing", () => {
    expect(passwordProblem("court", "AGENT")).toMatch(/Au moins 12 caractères/);
    expect(passwordProblem("court", "ADMIN")).toMatch(/16 caractères/);
  });
});
