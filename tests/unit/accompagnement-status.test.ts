// The accompagnement state machine, every (from, to) pair: allowed ones pass, the others are
// refused with a French message; closing needs a motif; CLOS is final.
import { describe, expect, it } from "vitest";
import { ACCOMPAGNEMENT_TRANSITIONS, checkAccompagnementTransition, nextAccompagnementStatuses, transitionLabel } from "@/lib/domain/accompagnements/status-machine";
import type { AccompagnementStatus } from "@/lib/domain/accompagnements/labels";

const ALL: AccompagnementStatus[] = ["PROPOSE", "EN_COURS", "SUSPENDU", "CLOS"];
const ALLOWED = new Set(["PROPOSE>EN_COURS", "PROPOSE>CLOS", "EN_COURS>SUSPENDU", "EN_COURS>CLOS", "SUSPENDU>EN_COURS", "SUSPENDU>CLOS"]);

describe("accompagnement status machine", () => {
  it("has exactly the transitions of the brief", () => {
    const pairs = ALL.flatMap((from) => ACCOMPAGNEMENT_TRANSITIONS[from].map((to) => `${from}>${to}`));
    expect(new Set(pairs)).toEqual(ALLOWED);
  });

  for (const from of ALL) {
    for (const to of ALL) {
      const allowed = ALLOWED.has(`${from}>${to}`);
      it(`${from} → ${to} is ${allowed ? "allowed" : "refused"}`, () => {
        const result = checkAccompagnementTransition(from, to, "OBJECTIFS_ATTEINTS");
        expect(result.ok).toBe(allowed);
        if (!result.ok) {
          expect(result.field).toBe("to");
          expect(result.message).toMatch(/accompagnement|déjà/i);
        }
      });
    }
  }

  it("refuses to close without a motif, in French", () => {
    for (const from of ["PROPOSE", "EN_COURS", "SUSPENDU"] as const) {
      for (const motif of [null, undefined, ""]) {
        expect(checkAccompagnementTransition(from, "CLOS", motif)).toEqual({ ok: false, field: "motifCloture", message: "Indiquez le motif de clôture." });
      }
    }
  });

  it("needs no motif for the other transitions", () => {
    expect(checkAccompagnementTransition("PROPOSE", "EN_COURS", null).ok).toBe(true);
    expect(checkAccompagnementTransition("EN_COURS", "SUSPENDU", null).ok).toBe(true);
    expect(checkAccompagnementTransition("SUSPENDU", "EN_COURS", null).ok).toBe(true);
  });

  it("keeps CLOS final and says why", () => {
    expect(nextAccompagnementStatuses("CLOS")).toEqual([]);
    for (const to of ALL) {
      const r = checkAccompagnementTransition("CLOS", to, "AUTRE");
      expect(r).toMatchObject({ ok: false, message: expect.stringContaining("est clos") });
    }
  });

  it("names the refused move", () => {
    expect(checkAccompagnementTransition("PROPOSE", "SUSPENDU", null)).toMatchObject({
      ok: false, message: "Un accompagnement proposé ne peut pas passer à « Suspendu ».",
    });
    expect(checkAccompagnementTransition("EN_COURS", "EN_COURS", null)).toMatchObject({ ok: false, message: "L'accompagnement est déjà en cours." });
  });

  it("labels the buttons by context", () => {
    expect(transitionLabel("PROPOSE", "EN_COURS")).toBe("Démarrer l'accompagnement");
    expect(transitionLabel("SUSPENDU", "EN_COURS")).toBe("Reprendre l'accompagnement");
    expect(transitionLabel("EN_COURS", "SUSPENDU")).toBe("Suspendre l'accompagnement");
    expect(transitionLabel("PROPOSE", "CLOS")).toBe("Clore (refus ou abandon)");
    expect(transitionLabel("EN_COURS", "CLOS")).toBe("Clore l'accompagnement");
  });
});
