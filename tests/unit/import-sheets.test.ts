// Bad input the import must answer in French without writing anything: a référent who is no
// account of the structure; the other sheets' role from their name and headers; members,
// contacts and partners checked with the forms' schemas.
import { describe, expect, it } from "vitest";
import { checkRow, referentIndex } from "@/lib/domain/import/row-input";
import { checkSheetRow, guessRole, sheetMapping } from "@/lib/domain/import/sheet-fields";
import { checkPartenaireRow, partenaireMapping } from "@/lib/domain/import/partenaire-fields";

const TODAY = new Date("2026-12-02T10:00:00Z");
const referents = referentIndex([{ id: "u1", firstName: "Élodie", lastName: "Marchand", email: "e.marchand@ccas.fr" }]);

describe("import: référents, other sheets, annuaire", () => {
  it("refuses a référent who is no account of the structure, on the cell", () => {
    const c = checkRow(["Martin", "Jean", "Dupont Paul"], ["nom", "prenom", "referent"], referents, TODAY);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.errors.referent).toBe("Référent inconnu : « Dupont Paul » n'est pas un compte de travailleur social de votre structure (nom ou e-mail du compte).");
    expect(checkRow(["Martin", "Jean", "marchand elodie"], ["nom", "prenom", "referent"], referents, TODAY)).toMatchObject({ ok: true, extras: { referentId: "u1" } });
  });

  it("proposes what a sheet holds from its name, else its headers", () => {
    expect(guessRole("Composition du foyer", [])).toBe("foyer");
    expect(guessRole("Historique des contacts", [])).toBe("entretiens");
    expect(guessRole("Feuil2", ["Dossier", "Nom", "Prénom", "Lien"])).toBe("foyer");
    expect(guessRole("Feuil3", ["Réf", "Date", "Résumé"])).toBe("entretiens");
    expect(guessRole("Notes de réunion", [])).toBe("entretiens");
    expect(guessRole("Feuil4", ["Nom", "Prénom"])).toBe("");
    expect(sheetMapping("foyer", ["N° de dossier", "NOM", "Prénom", "DDN", "Lien de parenté", "Autre"])).toEqual(["dossier", "nom", "prenom", "dateNaissance", "lien", ""]);
  });

  it("checks members and contacts with French messages per cell; formulas stay text", () => {
    const foyer = sheetMapping("foyer", ["Dossier", "Nom", "Prénom", "Né le", "Lien"]);
    expect(checkSheetRow("foyer", ["A-1", "Martin", "Zoé", "14/03/2010", "fille"], foyer, referents, TODAY)).toMatchObject({ ok: true, value: { lien: "ENFANT", dateNaissance: "2010-03-14" } });
    const bad = checkSheetRow("foyer", ["", "", "Zoé", "31/02/2010", "voisin"], foyer, referents, TODAY);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(["_row", "dateNaissance", "lien", "nom"]);
    const contacts = sheetMapping("entretiens", ["Dossier", "Date", "Auteur", "Résumé"]);
    const future = checkSheetRow("entretiens", ["A-1", "01/01/2030", "", "=HYPERLINK(\"http://x\")"], contacts, referents, TODAY);
    expect(!future.ok && future.errors.date).toBe("La date du contact est dans le futur : 01/01/2030");
    const ok = checkSheetRow("entretiens", ["A-1", "02/03/2025", "e.marchand@ccas.fr", "=HYPERLINK(\"http://x\")"], contacts, referents, TODAY);
    expect(ok).toMatchObject({ ok: true, value: { date: "2025-03-02", authorId: "u1", resume: "=HYPERLINK(\"http://x\")" } });
  });

  it("checks a partner row with the annuaire form's schema", () => {
    const mapping = partenaireMapping(["Nom", "Organisme", "Type", "Tél.", "Mail", "Site web"]);
    expect(mapping).toEqual(["nom", "organisme", "categorie", "telephone", "email", "siteWeb"]);
    expect(checkPartenaireRow(["CLIC", "Département", "personnes âgées", "320000000", "", "clic.fr"], mapping)).toMatchObject({ ok: true, input: { categorie: "AUTONOMIE", siteWeb: "https://clic.fr" }, key: "clic|departement" });
    const bad = checkPartenaireRow(["", "", "Yoga", "", "pas-un-mail", ""], mapping);
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(["categorie", "email", "nom"]);
  });
});
