import { describe, expect, it } from "vitest";
import { ageOn, computeResteAVivre, type RavSettings } from "@/lib/domain/usagers/reste-a-vivre";
import { DEFAULT_CHARGES_RETENUES } from "@/lib/domain/usagers/budget-types";

const settings: RavSettings = {
  chargesRetenues: DEFAULT_CHARGES_RETENUES, ucPremierAdulte: 1, ucAutrePersonne14: 0.5, ucEnfantMoins14: 0.3,
  partAdulte: 1, partEnfant: 0.5, partEnfantDesTroisieme: 1,
};
const on = new Date("2026-11-22T00:00:00Z");
const born = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("reste à vivre", () => {
  it("computes age on a given day", () => {
    expect(ageOn(born("1978-11-22"), on)).toBe(48);
    expect(ageOn(born("1978-11-23"), on)).toBe(47);
  });

  it("a couple with three children (16, 10, 4): parts and unités de consommation", () => {
    const people = [
      { dateNaissance: born("1985-01-01"), lien: "USAGER" as const },
      { dateNaissance: born("1986-01-01"), lien: "CONJOINT" as const },
      { dateNaissance: born("2010-06-01"), lien: "ENFANT" as const },
      { dateNaissance: born("2016-06-01"), lien: "ENFANT" as const },
      { dateNaissance: born("2022-06-01"), lien: "ENFANT" as const },
    ];
    const lines = [
      { kind: "RESSOURCE" as const, type: "SALAIRE", montantCents: 180_000 },
      { kind: "RESSOURCE" as const, type: "ALLOCATIONS_FAMILIALES", montantCents: 45_000 },
      { kind: "CHARGE" as const, type: "LOYER", montantCents: 65_000 },
      { kind: "CHARGE" as const, type: "ENERGIE", montantCents: 15_000 },
      // Not a "charge retenue" by default: ignored.
      { kind: "CHARGE" as const, type: "AUTRE_CHARGE", montantCents: 99_000 },
    ];
    const rav = computeResteAVivre(people, lines, settings, on);
    expect(rav.ressourcesCents).toBe(225_000);
    expect(rav.chargesCents).toBe(80_000);
    expect(rav.disponibleCents).toBe(145_000);
    // 2 adults + 0.5 + 0.5 + 1 (third child)
    expect(rav.parts).toBe(4);
    // 1 + 0.5 (spouse) + 0.5 (16 y) + 0.3 + 0.3
    expect(rav.uc).toBe(2.6);
    expect(rav.parPart).toEqual({ mensuelCents: 36_250, jourCents: 1_208 });
    expect(rav.parUc).toEqual({ mensuelCents: 55_769, jourCents: 1_859 });
  });

  it("follows the structure's settings", () => {
    const people = [{ dateNaissance: born("1960-01-01"), lien: "USAGER" as const }];
    const lines = [
      { kind: "RESSOURCE" as const, type: "RETRAITE", montantCents: 100_000 },
      { kind: "CHARGE" as const, type: "LOYER", montantCents: 40_000 },
    ];
    expect(computeResteAVivre(people, lines, { ...settings, chargesRetenues: [] }, on).disponibleCents).toBe(100_000);
    expect(computeResteAVivre(people, lines, settings, on).parPart).toEqual({ mensuelCents: 60_000, jourCents: 2_000 });
  });

  it("can be negative and never divides by zero", () => {
    const rav = computeResteAVivre([], [{ kind: "CHARGE", type: "LOYER", montantCents: 50_000 }], settings, on);
    expect(rav.disponibleCents).toBe(-50_000);
    expect(rav.parPart).toBeNull();
    expect(rav.parUc).toBeNull();
  });
});
