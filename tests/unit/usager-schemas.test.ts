import { describe, expect, it } from "vitest";
import { ZUsagerCreate } from "@/lib/domain/usagers/schemas";
import { EMPTY_USAGER_FORM } from "@/lib/domain/usagers/form-values";

const valid = { ...EMPTY_USAGER_FORM, nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12", droitsOuverts: [], foyer: [], budget: [] };
const errorsOf = (input: unknown) => {
  const r = ZUsagerCreate.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("usager schema", () => {
  it("accepts the minimum: nom, prénom, date de naissance", () => {
    expect(ZUsagerCreate.safeParse(valid).success).toBe(true);
  });

  it.each([
    [{ dateNaissance: "2999-01-01" }, "dateNaissance", /futur/],
    [{ dateNaissance: "1899-12-31" }, "dateNaissance", /1900/],
    [{ dateNaissance: "2020-02-30" }, "dateNaissance", /invalide/],
    [{ nom: "   " }, "nom", /Saisissez le nom/],
    [{ prenom: "x".repeat(10 * 1024 * 1024) }, "prenom", /100 caractères/],
    [{ adresse: "x".repeat(301) }, "adresse", /300 caractères/],
    [{ logementStatut: "CHATEAU" }, "logementStatut", /liste/],
    [{ droitsOuverts: ["RSA", "LOTO"] }, "droitsOuverts.1", /inconnu/],
    [{ telephone: "12345" }, "telephone", /invalide/],
    [{ email: "pas-une-adresse" }, "email", /invalide/],
    [{ codePostal: "5900" }, "codePostal", /5 chiffres/],
    [{ budget: [{ membre: "", kind: "CHARGE", type: "LOYER", montant: "-12" }] }, "budget.0.montant", /négatif/],
    [{ budget: [{ membre: "", kind: "RESSOURCE", type: "SALAIRE", montant: "100000,01" }] }, "budget.0.montant", /100 000/],
    [{ budget: [{ membre: "", kind: "RESSOURCE", type: "LOYER", montant: "10" }] }, "budget.0.type", /ressource ou à une charge/],
    [{ budget: [{ membre: "3", kind: "RESSOURCE", type: "SALAIRE", montant: "10" }] }, "budget.0.membre", /inconnu/],
    [{ foyer: [{ prenom: "Léo", nom: "Lefèvre", dateNaissance: "2050-01-01", lien: "ENFANT" }] }, "foyer.0.dateNaissance", /futur/],
  ])("refuses %j with a French message on %s", (patch, path, message) => {
    expect(errorsOf({ ...valid, ...patch })[path]).toMatch(message);
  });

  it("normalises French phone numbers and amounts", () => {
    const r = ZUsagerCreate.parse({
      ...valid, telephone: "+33 6 12 34 56 78",
      budget: [{ membre: "", kind: "RESSOURCE", type: "SALAIRE", montant: "1 234,56 €" }],
    });
    expect(r.telephone).toBe("06 12 34 56 78");
    expect(r.budget[0]!.montant).toBe(123_456);
  });
});
