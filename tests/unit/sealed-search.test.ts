// The sealed usagers search (decision 0064): opens for its user only, until it expires, and
// says nothing of the name.
import { describe, expect, it } from "vitest";
import { openSearch, sealSearch } from "@/lib/security/sealed-search.mjs";
import { usagerListHref, ZUsagerSearchForm } from "@/lib/domain/usagers/list-params";

const secret = "test-secret-not-for-production-0123456789abcdef";
const userId = "6f1c2a0e-9a4b-4c8e-8d2f-0b7e5a1c3d99";

describe("sealed search", () => {
  it("round-trips for its user and hides the name", () => {
    const token = sealSearch({ secret, userId, q: "Duquesne Hervé", ttlMs: 60_000 });
    expect(token).not.toMatch(/duquesne|herv/i);
    expect(Buffer.from(token.slice(1), "base64url").toString("latin1")).not.toMatch(/Duquesne/);
    expect(openSearch({ secret, userId, token })).toBe("Duquesne Hervé");
  });
  it("opens nothing for another user, another secret, an altered or expired token", () => {
    const token = sealSearch({ secret, userId, q: "Duquesne", ttlMs: 60_000, now: 1_000 });
    expect(openSearch({ secret, userId, token, now: 2_000 })).toBe("Duquesne");
    expect(openSearch({ secret, userId: "00000000-0000-4000-8000-000000000000", token, now: 2_000 })).toBeNull();
    expect(openSearch({ secret: `${secret}x`, userId, token, now: 2_000 })).toBeNull();
    expect(openSearch({ secret, userId, token, now: 70_000 })).toBeNull();
    const altered = token.slice(0, -2) + (token.endsWith("A") ? "B" : "A") + token.slice(-1);
    expect(openSearch({ secret, userId, token: altered, now: 2_000 })).toBeNull();
    expect(openSearch({ secret, userId, token: "1abc", now: 2_000 })).toBeNull();
    expect(openSearch({ secret, userId, token: undefined })).toBeNull();
  });
  it("builds the list URL with the filters and never the term", () => {
    const form = ZUsagerSearchForm.parse({ q: "  Lefèvre ", statut: "ACTIF", quartier: "Moulins", ordre: "asc", tri: "nom" });
    expect(form.q).toBe("Lefèvre");
    expect(usagerListHref(form, "1tok")).toBe("/usagers?quartier=Moulins&tri=nom&recherche=1tok");
    expect(usagerListHref({})).toBe("/usagers");
    expect(ZUsagerSearchForm.parse({ q: "x".repeat(300) }).q).toHaveLength(100);
  });
});
