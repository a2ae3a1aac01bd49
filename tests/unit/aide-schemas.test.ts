// The aid forms' schemas: amounts in cents between 0 and 100 000 €, dates not in the future
// (a commission may be planned within a year), French messages on the right field.
import { describe, expect, it } from "vitest";
import { ZAideCreate, ZAidePayment, ZAideStatusChange } from "@/lib/domain/aides/schemas";
import { isoYearsAhead } from "@/lib/domain/accompagnements/date-fields";
import { zodFieldErrors } from "@/lib/actions/run-action";

const ID = "4f1c2b3a-0000-4000-8000-000000000001";
const NOW = new Date().toISOString();
const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? {} : zodFieldErrors(r.error as never);
};

describe("aid request", () => {
  const request = (patch: Record<string, unknown> = {}) => ({ usagerId: ID, type: "ENERGIE", objet: "", montantDemande: "312,45", demandeLe: "2026-03-02", accompagnementId: "", ...patch });

  it("stores cents and nulls", () => {
    expect(ZAideCreate.parse(request())).toMatchObject({ montantDemande: 31_245, objet: null, accompagnementId: null });
  });

  it.each([
    [{ montantDemande: "-20" }, "montantDemande", "négatif"],
    [{ montantDemande: "0" }, "montantDemande", "supérieur à 0"],
    [{ montantDemande: "100 000,01" }, "montantDemande", "100 000 €"],
    [{ montantDemande: "1e9" }, "montantDemande", "montant invalide"],
    [{ demandeLe: isoYearsAhead(1) }, "demandeLe", "dans le futur"],
    [{ type: "VACANCES" }, "type", "choisissez une valeur"],
    [{ accompagnementId: "1; DROP TABLE" }, "accompagnementId", "Accompagnement inconnu."],
  ])("refuses %j", (patch, field, message) => {
    expect(errorsOf(ZAideCreate, request(patch))[field]).toContain(message);
  });

  it("refuses a 1 MB objet", () => {
    expect(errorsOf(ZAideCreate, request({ objet: "x".repeat(1024 * 1024) })).objet).toContain("300 caractères");
  });
});

describe("decision and payment", () => {
  const decision = (patch: Record<string, unknown>) => ({ id: ID, updatedAt: NOW, to: "ACCORDEE", commissionLe: "", decisionLe: "2026-03-10", montantAccorde: "150", motif: "", ...patch });

  it("parses the granted amount and needs a decision date for a decision", () => {
    expect(ZAideStatusChange.parse(decision({}))).toMatchObject({ montantAccorde: 15_000, commissionLe: null });
    expect(errorsOf(ZAideStatusChange, decision({ decisionLe: "" }))).toEqual({ decisionLe: "Saisissez la date de décision." });
    expect(errorsOf(ZAideStatusChange, decision({ to: "EN_INSTRUCTION", decisionLe: "" }))).toEqual({});
  });

  it("refuses absurd amounts and dates", () => {
    expect(errorsOf(ZAideStatusChange, decision({ montantAccorde: "150 000" })).montantAccorde).toContain("100 000 €");
    expect(errorsOf(ZAideStatusChange, decision({ montantAccorde: "-1" })).montantAccorde).toContain("négatif");
    expect(errorsOf(ZAideStatusChange, decision({ commissionLe: isoYearsAhead(2) })).commissionLe).toContain("trop lointaine");
    expect(errorsOf(ZAideStatusChange, decision({ commissionLe: isoYearsAhead(1) }))).toEqual({});
    expect(errorsOf(ZAideStatusChange, decision({ updatedAt: "hier" })).updatedAt).toBe("Version de l'aide attendue.");
  });

  it("needs a mode and a past date to record a payment", () => {
    expect(errorsOf(ZAidePayment, { id: ID, updatedAt: NOW, modePaiement: "", payeLe: isoYearsAhead(1) })).toEqual({
      modePaiement: "Mode de paiement : choisissez une valeur de la liste.",
      payeLe: "La date de paiement : la date ne peut pas être dans le futur.",
    });
  });
});
