// The accompagnement forms' schemas (French messages on the right field), the plan progress and
// the reste à vivre after the repayment plan.
import { describe, expect, it } from "vitest";
import {
  ZAccompagnementCreate, ZAccompagnementStatusChange, ZBudgetaire, ZErrance, ZLogement, ZPlan,
} from "@/lib/domain/accompagnements/schemas";
import { isoYearsAhead } from "@/lib/domain/accompagnements/date-fields";
import { planProgress, progressText } from "@/lib/domain/accompagnements/progress";
import { computeResteAVivreApresPlan } from "@/lib/domain/accompagnements/budget";
import { computeResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";
import { DEFAULT_RAV_SETTINGS } from "@/lib/domain/settings/structure-settings";
import { zodFieldErrors } from "@/lib/actions/run-action";

const ID = "4f1c2b3a-0000-4000-8000-000000000001";
const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? {} : zodFieldErrors(r.error as never);
};
const create = (patch: Record<string, unknown> = {}) => ({ usagerId: ID, type: "BUDGETAIRE", referentId: "", debut: "2026-01-05", finPrevue: "", demarre: true, ...patch });

describe("opening an accompagnement", () => {
  it("accepts a valid form and defaults to the actor as référent", () => {
    expect(ZAccompagnementCreate.parse(create())).toMatchObject({ referentId: "", finPrevue: null, demarre: true });
  });

  it.each([
    [{ finPrevue: "2025-12-31" }, "finPrevue", "La date de fin prévue ne peut pas précéder la date de début."],
    [{ finPrevue: isoYearsAhead(6) }, "finPrevue", "trop lointaine"],
    [{ debut: isoYearsAhead(2) }, "debut", "trop lointaine"],
    [{ debut: "2026-02-30" }, "debut", "date invalide"],
    [{ debut: "" }, "debut", "Saisissez la date de début."],
    [{ type: "CROISIERE" }, "type", "choisissez une valeur de la liste"],
    [{ referentId: "pas-un-uuid" }, "referentId", "Choisissez un·e référent·e"],
  ])("refuses %j on %s", (patch, field, message) => {
    expect(errorsOf(ZAccompagnementCreate, create(patch))[field]).toContain(message);
  });

  it("refuses a 1 MB date without choking", () => {
    expect(errorsOf(ZAccompagnementCreate, create({ debut: "x".repeat(1024 * 1024) })).debut).toContain("date invalide");
  });

  it("accepts a planned end exactly 5 years ahead and a start 1 year ahead", () => {
    expect(errorsOf(ZAccompagnementCreate, create({ debut: isoYearsAhead(1), finPrevue: isoYearsAhead(5) }))).toEqual({});
  });
});

describe("closing", () => {
  const close = (patch: Record<string, unknown>) => ({ id: ID, version: 1, to: "CLOS", motifCloture: "", precisionCloture: "", ...patch });
  it("asks for a précision when the motif is « Autre »", () => {
    expect(errorsOf(ZAccompagnementStatusChange, close({ motifCloture: "AUTRE" }))).toEqual({ precisionCloture: "Précisez le motif de clôture." });
    expect(errorsOf(ZAccompagnementStatusChange, close({ motifCloture: "INVENTE" })).motifCloture).toContain("choisissez une valeur");
    expect(errorsOf(ZAccompagnementStatusChange, close({ precisionCloture: "x".repeat(1_000_000) })).precisionCloture).toContain("500 caractères");
  });
});

describe("plan, budget, logement, errance", () => {
  it("checks every action of every objective", () => {
    const plan = { id: ID, version: 1, objectifs: [{ id: "", libelle: "Ouvrir les droits", actions: [
      { id: "", libelle: "", echeance: isoYearsAhead(6), porteur: "La personne", status: "FINIE" },
    ] }] };
    expect(errorsOf(ZPlan, plan)).toEqual({
      "objectifs.0.actions.0.libelle": "Saisissez l'action.",
      "objectifs.0.actions.0.echeance": expect.stringContaining("trop lointaine"),
      "objectifs.0.actions.0.status": expect.stringContaining("choisissez une valeur"),
    });
  });

  const budget = (patch: Record<string, unknown>) => ({ id: ID, version: 1, surendettement: "AUCUN", resteAVivreApresPlan: "", dettes: [], ...patch });
  it("stores debts in cents and refuses absurd ones", () => {
    expect(ZBudgetaire.parse(budget({ dettes: [{ creancier: "EDF", montant: "1 250,40", mensualite: "52,1" }] })).dettes)
      .toEqual([{ creancier: "EDF", montant: 125_040, mensualite: 5_210 }]);
    const e = errorsOf(ZBudgetaire, budget({ dettes: [
      { creancier: "EDF", montant: "-5", mensualite: "1" }, { creancier: "Cofidis", montant: "100 000,01", mensualite: "1" },
      { creancier: "Orange", montant: "100", mensualite: "150" }, { creancier: "", montant: "0", mensualite: "0" },
    ] }));
    expect(e).toMatchObject({
      "dettes.0.montant": expect.stringContaining("négatif"), "dettes.1.montant": expect.stringContaining("100 000 €"),
      "dettes.2.mensualite": "La mensualité ne peut pas dépasser le montant restant dû.", "dettes.3.creancier": "Saisissez le créancier.",
      "dettes.3.montant": expect.stringContaining("supérieur à 0"),
    });
  });

  it("lets the reste à vivre after plan be negative, within ±100 000 €", () => {
    expect(ZBudgetaire.parse(budget({ resteAVivreApresPlan: "-130,11" })).resteAVivreApresPlan).toBe(-13_011);
    expect(ZBudgetaire.parse(budget({ resteAVivreApresPlan: "" })).resteAVivreApresPlan).toBeNull();
    expect(errorsOf(ZBudgetaire, budget({ resteAVivreApresPlan: "-200000" })).resteAVivreApresPlan).toContain("100 000 €");
    expect(errorsOf(ZBudgetaire, budget({ resteAVivreApresPlan: "beaucoup" })).resteAVivreApresPlan).toContain("montant invalide");
  });

  it("checks arrears, eviction stages and the numéro unique", () => {
    const logement = { id: ID, version: 1, impayes: "1 200", impayesMois: "4", numeroUnique: "059 2025 0123456", fslDossier: "", asll: "OUI", etapes: [{ stade: "ASSIGNATION", date: "2026-03-01" }] };
    expect(ZLogement.parse(logement)).toMatchObject({ impayes: 120_000, impayesMois: 4, asll: true, fslDossier: null });
    expect(errorsOf(ZLogement, { ...logement, impayes: "-1", impayesMois: "-2", numeroUnique: "<script>", etapes: [{ stade: "JUGEMENT", date: isoYearsAhead(3) }] })).toMatchObject({
      impayes: expect.stringContaining("négatif"), impayesMois: expect.stringContaining("nombre entier"),
      numeroUnique: expect.stringContaining("chiffres"), "etapes.0.date": expect.stringContaining("trop lointaine"),
    });
  });

  it("checks the domiciliation dates and the maraude contacts", () => {
    const errance = { id: ID, version: 1, lieuVie: "", domiciliationOrganisme: "CCAS", domiciliationDebut: "2026-05-01", domiciliationFin: "2026-04-01", siaoDemandeLe: isoYearsAhead(1), siaoStatut: "", contactsMaraude: [{ date: "2026-01-01", lieu: "", observations: "" }] };
    expect(errorsOf(ZErrance, errance)).toEqual({
      domiciliationFin: "La fin de la domiciliation ne peut pas précéder son début.",
      siaoDemandeLe: "La date de la demande SIAO : la date ne peut pas être dans le futur.",
      "contactsMaraude.0.lieu": "Saisissez le lieu.",
    });
  });
});

describe("plan progress", () => {
  it("counts done actions among the non-abandoned ones", () => {
    const p = planProgress([{ status: "FAITE" }, { status: "FAITE" }, { status: "FAITE" }, { status: "A_FAIRE" }, { status: "EN_COURS" }, { status: "ABANDONNEE" }]);
    expect(p).toEqual({ done: 3, total: 5, percent: 60 });
    expect(progressText(p)).toBe("3 actions sur 5 faites");
    expect(progressText(planProgress([{ status: "FAITE" }, { status: "A_FAIRE" }]))).toBe("1 action sur 2 faite");
    expect(progressText(planProgress([{ status: "ABANDONNEE" }]))).toBe("Aucune action prévue");
  });
});

describe("reste à vivre after the plan", () => {
  it("takes the monthly repayments off the disponible, per part and per UC", () => {
    const avant = computeResteAVivre(
      [{ dateNaissance: new Date("1980-01-01T00:00:00Z"), lien: "USAGER" }, { dateNaissance: new Date("2018-01-01T00:00:00Z"), lien: "ENFANT" }],
      [{ kind: "RESSOURCE", type: "RSA", montantCents: 120_000 }, { kind: "CHARGE", type: "LOYER", montantCents: 45_000 }],
      DEFAULT_RAV_SETTINGS, new Date("2026-11-22T00:00:00Z"),
    );
    const apres = computeResteAVivreApresPlan(avant, [{ montantCents: 300_000, mensualiteCents: 10_000 }, { montantCents: 50_000, mensualiteCents: 5_000 }]);
    expect(apres).toEqual({
      mensualitesCents: 15_000, totalDettesCents: 350_000, disponibleCents: 60_000,
      parPart: { mensuelCents: 40_000, jourCents: 1_333 }, parUc: { mensuelCents: 46_154, jourCents: 1_538 },
    });
  });
});
