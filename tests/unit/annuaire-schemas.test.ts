import { describe, expect, it } from "vitest";
import { ZPartenaire, parseAnnuaireParams } from "@/lib/domain/annuaire/schemas";
import { formatHeure, formatPermanence } from "@/lib/domain/annuaire/labels";
import { searchTextOf } from "@/lib/domain/annuaire/commands";

const valid = {
  nom: "PMI – MNS de La Madeleine", organisme: "Département du Nord", categorie: "PMI", adresse: "", codePostal: "59110", commune: "La Madeleine",
  telephone: "0353011024", email: "", horaires: "", siteWeb: "", notes: "",
  permanences: [{ jour: "MARDI", debut: "09:00", fin: "11:00", lieu: "67 rue du Général Leclerc, Saint-André-lez-Lille", modalites: "sur rendez-vous" }],
};
const errorsOf = (patch: Record<string, unknown>) => {
  const r = ZPartenaire.safeParse({ ...valid, ...patch });
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};
const perm = (p: Record<string, unknown>) => ({ permanences: [{ ...valid.permanences[0], ...p }] });

describe("partner schema", () => {
  it("accepts a partner and normalises its phone", () => {
    expect(ZPartenaire.parse(valid).telephone).toBe("03 53 01 10 24");
  });
  it("checks permanence times (HH:MM, end after start) in French", () => {
    expect(errorsOf(perm({ debut: "9h" }))).toEqual({ "permanences.0.debut": "Début : heure invalide, au format HH:MM (par exemple 09:00)." });
    expect(errorsOf(perm({ fin: "25:00" }))).toEqual({ "permanences.0.fin": "Fin : heure invalide, au format HH:MM (par exemple 09:00)." });
    expect(errorsOf(perm({ debut: "11:00", fin: "11:00" }))).toEqual({ "permanences.0.fin": "L'heure de fin doit être après l'heure de début." });
    expect(errorsOf(perm({ lieu: "" }))).toEqual({ "permanences.0.lieu": "Saisissez le lieu." });
    expect(errorsOf(perm({ jour: "DIMANCHE" }))).toEqual({ "permanences.0.jour": "Choisissez le jour." });
  });
  it("refuses bad fields and huge strings", () => {
    expect(errorsOf({ nom: "" })).toEqual({ nom: "Saisissez le nom du service." });
    expect(errorsOf({ nom: "x".repeat(1024 * 1024) })).toEqual({ nom: "Le nom du service : 150 caractères au plus." });
    expect(errorsOf({ categorie: "PREFECTURE" })).toEqual({ categorie: "Choisissez une catégorie." });
    expect(errorsOf({ email: "pas-un-mail" })?.email).toMatch(/invalide/);
    expect(errorsOf({ siteWeb: "javascript:alert(1)" })?.siteWeb).toMatch(/https/);
    expect(errorsOf({ permanences: Array(21).fill(valid.permanences[0]) })).toEqual({ permanences: "20 permanences au plus." });
  });
  it("writes a permanence the French way and builds the search key", () => {
    expect(formatHeure("09:00")).toBe("9h");
    expect(formatHeure("13:30")).toBe("13h30");
    expect(formatPermanence({ jour: "MARDI", debut: "09:00", fin: "11:00", lieu: "67 rue du Général Leclerc, Saint-André-lez-Lille", modalites: "sur rendez-vous" }))
      .toBe("mardi 9h–11h, 67 rue du Général Leclerc, Saint-André-lez-Lille, sur rendez-vous");
    expect(searchTextOf({ nom: "Service Enfance (ASE)", organisme: "Maison Nord Solidarités", commune: "Saint-André-lez-Lille" }))
      .toBe("service enfance ase maison nord solidarites saint andre lez lille");
  });
  it("reads the directory's URL parameters with defaults", () => {
    expect(parseAnnuaireParams({ q: ["pmi", "x"], categorie: "NOPE" })).toEqual({ q: "pmi", categorie: "", inactifs: "" });
  });
});
