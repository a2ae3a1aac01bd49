// The aid state machine, every (from, to) pair for a RESPONSABLE and for a travailleur social:
// decisions are the RESPONSABLE's, an amount is needed to grant, a motif to refuse.
import { describe, expect, it } from "vitest";
import { AIDE_TRANSITIONS, canRecordPayment, checkAideTransition, isPending } from "@/lib/domain/aides/status-machine";
import type { AideStatus } from "@/lib/domain/aides/labels";

const ALL: AideStatus[] = ["DEMANDEE", "EN_INSTRUCTION", "ACCORDEE", "REFUSEE", "AJOURNEE", "ABANDONNEE"];
const ALLOWED = new Set([
  "DEMANDEE>EN_INSTRUCTION", "DEMANDEE>ABANDONNEE",
  "EN_INSTRUCTION>ACCORDEE", "EN_INSTRUCTION>REFUSEE", "EN_INSTRUCTION>AJOURNEE", "EN_INSTRUCTION>ABANDONNEE",
  "AJOURNEE>EN_INSTRUCTION", "AJOURNEE>ABANDONNEE",
]);
const DECISIONS = new Set<AideStatus>(["ACCORDEE", "REFUSEE", "AJOURNEE"]);
const complete = { montantAccordeCents: 15_000, motif: "Ressources supérieures au barème." };

describe("aid status machine", () => {
  it("has exactly the transitions of the brief", () => {
    const pairs = ALL.flatMap((from) => AIDE_TRANSITIONS[from].map((to) => `${from}>${to}`));
    expect(new Set(pairs)).toEqual(ALLOWED);
  });

  for (const from of ALL) {
    for (const to of ALL) {
      for (const canDecide of [true, false]) {
        const allowed = ALLOWED.has(`${from}>${to}`) && (canDecide || !DECISIONS.has(to));
        it(`${from} → ${to} ${canDecide ? "by a responsable" : "by a travailleur social"} is ${allowed ? "allowed" : "refused"}`, () => {
          const result = checkAideTransition({ from, to, canDecide, ...complete });
          expect(result.ok).toBe(allowed);
          if (!result.ok) expect(result).toMatchObject({ field: "to", message: expect.stringMatching(/aide|responsable/i) });
        });
      }
    }
  }

  it("keeps a travailleur social away from decisions, with the reason", () => {
    expect(checkAideTransition({ from: "EN_INSTRUCTION", to: "ACCORDEE", canDecide: false, ...complete })).toEqual({
      ok: false, field: "to", message: "Seul·e un·e responsable enregistre la décision (accordée, refusée ou ajournée).",
    });
  });

  it("needs a granted amount above 0", () => {
    for (const montantAccordeCents of [null, 0]) {
      expect(checkAideTransition({ from: "EN_INSTRUCTION", to: "ACCORDEE", canDecide: true, montantAccordeCents, motif: null }))
        .toMatchObject({ ok: false, field: "montantAccorde" });
    }
  });

  it("needs a motif to refuse, not to adjourn", () => {
    expect(checkAideTransition({ from: "EN_INSTRUCTION", to: "REFUSEE", canDecide: true, montantAccordeCents: null, motif: null }))
      .toEqual({ ok: false, field: "motif", message: "Indiquez le motif du refus." });
    expect(checkAideTransition({ from: "EN_INSTRUCTION", to: "AJOURNEE", canDecide: true, montantAccordeCents: null, motif: null }).ok).toBe(true);
  });

  it("keeps decided and abandoned aids final", () => {
    for (const from of ["ACCORDEE", "REFUSEE", "ABANDONNEE"] as const) {
      expect(checkAideTransition({ from, to: "EN_INSTRUCTION", canDecide: true, ...complete }))
        .toMatchObject({ ok: false, message: expect.stringContaining("ne peut plus changer") });
    }
  });

  it("records a payment only for a granted aid, and knows what is pending", () => {
    expect(ALL.filter(canRecordPayment)).toEqual(["ACCORDEE"]);
    expect(ALL.filter(isPending)).toEqual(["DEMANDEE", "EN_INSTRUCTION", "AJOURNEE"]);
  });
});
