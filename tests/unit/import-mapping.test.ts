// The automatic mapping from a CCAS's French headers, and the row check with the form's schema.
import { describe, expect, it } from "vitest";
import { autoMapping, fieldForHeader } from "@/lib/domain/import/fields";
import { checkRow, referentIndex } from "@/lib/domain/import/row-input";

describe("import mapping", () => {
  it("recognises the usual headers and their variants", () => {
    const cases: [string, string][] = [
      ["Nom", "nom"], ["NOM", "nom"], ["Nom d'usage", "nom"], ["Nom de famille", "nom"], ["Prénom", "prenom"], ["PRENOM", "prenom"],
      ["Date de naissance", "dateNaissance"], ["DDN", "dateNaissance"], ["Né(e) le", "dateNaissance"], ["Date de naissance (jj/mm/aaaa)", "dateNaissance"],
      ["Tél.", "telephone"], ["Portable", "telephone"], ["Adresse", "adresse"], ["CP", "codePostal"], ["Ville", "commune"], ["Commune", "commune"],
      ["Quartier", "quartier"], ["Référent", "referent"], ["N° de dossier", "numeroDossier"], ["Identifiant", "numeroDossier"],
      ["Situation familiale", "situationFamiliale"], ["Logement", "logementStatut"], ["RSA", "droit:RSA"], ["APL", "droit:APL"], ["AAH", "droit:AAH"],
      ["Observations", "observations"], ["Dernier contact", "dernierContact"], ["Nom de naissance", "nomNaissance"], ["Couleur préférée", ""],
    ];
    for (const [header, field] of cases) expect([header, fieldForHeader(header)]).toEqual([header, field]);
  });

  it("maps a field once, and a saved mapping wins over the automatic one", () => {
    expect(autoMapping(["Nom", "NOM", "Prénom"])).toEqual(["nom", "", "prenom"]);
    expect(autoMapping(["Nom", "Colonne X"], { "colonne x": "quartier", nom: "" })).toEqual(["", "quartier"]);
  });

  it("checks a row with the creation form's schema, with French messages per field", () => {
    const mapping = ["nom", "prenom", "dateNaissance", "telephone", "codePostal", "email"] as const;
    const ok = checkRow(["Lefèvre", "Hélène", "14/03/1985", "612345678", "1000", ""], [...mapping], referentIndex([]));
    expect(ok.ok && ok.input).toMatchObject({ nom: "Lefèvre", dateNaissance: "1985-03-14", telephone: "06 12 34 56 78", codePostal: "01000" });
    const bad = checkRow(["", "Hélène", "31/02/1980", "12", "ABC", "pas-un-mail"], [...mapping], referentIndex([]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.dateNaissance).toBe("Date de naissance illisible : 31/02/1980");
      expect(bad.errors.nom).toBe("Saisissez le nom.");
      expect(bad.errors.telephone).toMatch(/^Numéro de téléphone invalide/);
      expect(bad.errors.codePostal).toBe("Code postal invalide : 5 chiffres.");
      expect(bad.errors.email).toMatch(/^Adresse e-mail invalide/);
    }
    const future = checkRow(["A", "B", "01/01/2990"], ["nom", "prenom", "dateNaissance"], referentIndex([]), new Date("2026-12-02"));
    expect(!future.ok && future.errors.dateNaissance).toMatch(/futur/);
  });

  it("takes a birth year alone, or no birth date, for people without papers", () => {
    const mapping: ("nom" | "prenom" | "dateNaissance")[] = ["nom", "prenom", "dateNaissance"];
    const year = checkRow(["Ali", "Samir", "1980"], mapping, referentIndex([]));
    expect(year.ok && year.input).toMatchObject({ dateNaissancePrecision: "ANNEE", anneeNaissance: "1980", dateNaissance: "" });
    const unknown = checkRow(["Ali", "Samir", ""], mapping, referentIndex([]));
    expect(unknown.ok && unknown.input).toMatchObject({ dateNaissancePrecision: "INCONNUE", dateNaissance: "" });
    const unmapped = checkRow(["Ali", "Samir"], ["nom", "prenom"], referentIndex([]));
    expect(unmapped.ok && unmapped.input).toMatchObject({ dateNaissancePrecision: "INCONNUE" });
  });
});
