// RFC 5545 text values (issue 23, finding 7): a bare CR, LF or CRLF typed in a lieu cannot start a
// property of its own, and every line is folded at 75 octets.
import { describe, expect, it } from "vitest";
import { buildIcs, escapeIcs, icsEventOf } from "@/lib/domain/agenda/ics";

const event = (over: Partial<Parameters<typeof buildIcs>[0][number]> = {}) => ({
  uid: "u1", debut: new Date("2026-12-03T09:00:00Z"), fin: new Date("2026-12-03T09:30:00Z"), summary: "RDV", location: null,
  description: null, cancelled: false, sequence: 1, ...over,
});

describe("ICS text values", () => {
  it("escapes CR, LF and CRLF, backslash, semicolon and comma; drops other control characters", () => {
    expect(escapeIcs("a\rb\nc\r\nd")).toBe("a\\nb\\nc\\nd");
    expect(escapeIcs("x;y,z\\w")).toBe("x\\;y\\,z\\\\w");
    expect(escapeIcs("bip\u0007\u0000 tab\tok")).toBe("bip tab\tok");
  });

  it("a bare CR in LOCATION, SUMMARY or DESCRIPTION never starts a new property", () => {
    const ics = buildIcs([event({ summary: "RDV\rATTENDEE:mailto:x@evil", location: "Bureau 2\rORGANIZER:mailto:y@evil", description: "a\nURL:https://evil" })]);
    const lines = ics.split("\r\n");
    for (const line of lines) expect(line).not.toMatch(/\r|\n/);
    expect(lines.some((l) => /^(ATTENDEE|ORGANIZER|URL)[:;]/.test(l))).toBe(false);
    expect(ics).toContain("LOCATION:Bureau 2\\nORGANIZER:mailto:y@evil");
  });

  it("folds every line at 75 octets, multi-byte characters kept whole", () => {
    const lieu = "Maison des Solidarités, salle « Éléonore », étage 2 — accès par la cour intérieure à droite";
    const ics = buildIcs([icsEventOf({ id: "r1", debut: new Date(), fin: new Date(), kind: "BUREAU", status: "PREVU", version: 1, lieuPrecision: lieu, site: { name: "Fives" }, person: "Élodie Ñúñez" })]);
    const lines = ics.split("\r\n").filter(Boolean);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`LOCATION:Fives\\, ${escapeIcs(lieu)}`);
  });
});
