import { describe, expect, it } from "vitest";
import { ORIENTATION_STATUS_LABELS, type OrientationStatus } from "@/lib/domain/orientations/labels";
import { checkOrientationTransition, nextOrientationStatuses } from "@/lib/domain/orientations/status-machine";

const ALL = Object.keys(ORIENTATION_STATUS_LABELS) as OrientationStatus[];
const ALLOWED: Record<OrientationStatus, OrientationStatus[]> = {
  ENVOYEE: ["ACCUSEE", "SANS_REPONSE"],
  ACCUSEE: ["ACCEPTEE", "REFUSEE", "SANS_REPONSE"],
  ACCEPTEE: ["REALISEE"],
  REFUSEE: [],
  REALISEE: [],
  SANS_REPONSE: [],
};

describe("orientation state machine", () => {
  for (const from of ALL) {
    for (const to of ALL) {
      const allowed = ALLOWED[from].includes(to);
      it(`${from} → ${to}: ${allowed ? "allowed" : "refused"}`, () => {
        const result = checkOrientationTransition(from, to, "Hors secteur");
        expect(result.ok).toBe(allowed);
        if (!result.ok) {
          expect(result.field).toBe("to");
          expect(result.message).toMatch(/orientation/i);
        }
      });
    }
  }

  it("lists exactly the allowed next statuses", () => {
    for (const from of ALL) expect([...nextOrientationStatuses(from)].sort()).toEqual([...ALLOWED[from]].sort());
  });

  it("a refusal needs its motive", () => {
    for (const motif of [null, undefined, "", "   "]) {
      expect(checkOrientationTransition("ACCUSEE", "REFUSEE", motif)).toEqual({
        ok: false, field: "motifRefus", message: "Indiquez le motif du refus donné par le partenaire.",
      });
    }
  });

  it("explains a jump in French with the possible next steps", () => {
    const r = checkOrientationTransition("ENVOYEE", "REALISEE", null);
    expect(r).toEqual({
      ok: false, field: "to",
      message: "Une orientation au statut « Envoyée » ne peut pas passer directement à « Réalisée » : étape suivante possible : « Réception accusée » ou « Sans réponse ».",
    });
    const final = checkOrientationTransition("REFUSEE", "ACCEPTEE", null);
    expect(final.ok === false && final.message).toContain("ne peut plus changer");
  });
});
