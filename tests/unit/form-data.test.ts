// The decoder of the one form mechanism (lib/actions/form-data.ts) on real FormData, as a form
// posted by the browser sends it: what FormData cannot say comes from the schema, forged names
// are dropped, and what a refusal sends back to the page never holds a secret.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeFormData, echoValues, formDataTree } from "@/lib/actions/form-data";
import { ZEntretien } from "@/lib/domain/entretiens/schemas";
import { ZFicheSend } from "@/lib/domain/fiches/schemas";
import { ZUsagerCreate, ZUsagerUpdate } from "@/lib/domain/usagers/schemas";
import { ZPlan } from "@/lib/domain/accompagnements/schemas";
import { ZPartenaireActif } from "@/lib/domain/annuaire/schemas";

const UUID = "8d7c3b1e-7a52-4f3e-9a3b-1c2d3e4f5a6b";
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

const USAGER: [string, string][] = [
  ["civilite", ""], ["nom", "Martin"], ["nomNaissance", ""], ["prenom", "Léa"], ["dateNaissance", "1980-02-03"], ["telephone", ""],
  ["email", ""], ["adresse", ""], ["codePostal", ""], ["commune", ""], ["quartier", ""], ["siteId", ""], ["situationFamiliale", ""],
  ["logementStatut", ""], ["bailleur", ""], ["mesureProtection", "AUCUNE"], ["mesureOrganisme", ""], ["informationDonneeLe", ""],
];

describe("decodeFormData: what FormData cannot say comes from the schema", () => {
  it("reads a checkbox group with one box ticked as a list, and with none as an empty list", () => {
    expect(decodeFormData(ZEntretien, form([["objets", "BUDGET"]]))).toMatchObject({ objets: ["BUDGET"] });
    expect(decodeFormData(ZEntretien, form([["objets", "BUDGET"], ["objets", "LOGEMENT"]]))).toMatchObject({ objets: ["BUDGET", "LOGEMENT"] });
    expect(decodeFormData(ZEntretien, form([["resume", "Point sur les factures."]]))).toMatchObject({ objets: [] });
    // None ticked: the schema's own French message, not a type error.
    const none = ZFicheSend.safeParse(decodeFormData(ZFicheSend, form([["nom", "Martin"], ["prenom", "Léa"]])));
    expect(none.success ? null : Object.fromEntries(none.error.issues.map((i) => [i.path.join("."), i.message]))).toMatchObject({
      motifs: "Cochez au moins un motif.",
    });
  });

  it("reads a lone box as true when ticked, false when the browser sends nothing", () => {
    expect(decodeFormData(ZFicheSend, form([["consentement", "on"]]))).toMatchObject({ consentement: true });
    expect(decodeFormData(ZFicheSend, form([]))).toMatchObject({ consentement: false });
    expect(decodeFormData(ZUsagerCreate, form([]))).toMatchObject({ confirmNotDuplicate: false });
    // A hidden true/false field (a one-click action).
    expect(decodeFormData(ZPartenaireActif, form([["id", UUID], ["actif", "false"]]))).toEqual({ id: UUID, actif: false });
    expect(decodeFormData(ZPartenaireActif, form([["id", UUID], ["actif", "true"]]))).toEqual({ id: UUID, actif: true });
  });

  it("rebuilds nested lists from react-hook-form's names (foyer.0.prenom, objectifs.0.actions.1.libelle)", () => {
    const data = form([
      ...USAGER, ["droitsOuverts", "RSA"],
      ["foyer.0.prenom", "Noé"], ["foyer.0.nom", "Martin"], ["foyer.0.dateNaissance", "2015-06-01"], ["foyer.0.lien", "ENFANT"],
      ["foyer.1.prenom", "Sam"], ["foyer.1.nom", "Martin"], ["foyer.1.dateNaissance", "1979-01-01"], ["foyer.1.lien", "CONJOINT"],
      ["budget.0.membre", "1"], ["budget.0.kind", "RESSOURCE"], ["budget.0.type", "SALAIRE"], ["budget.0.montant", "1 234,56"],
      ["id", UUID], ["version", "3"],
    ]);
    const parsed = ZUsagerUpdate.safeParse(decodeFormData(ZUsagerUpdate, data));
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
    expect(parsed.data).toMatchObject({
      version: 3, droitsOuverts: ["RSA"],
      foyer: [{ prenom: "Noé", lien: "ENFANT" }, { prenom: "Sam", lien: "CONJOINT" }],
      budget: [{ membre: "1", kind: "RESSOURCE", type: "SALAIRE", montant: 123_456 }],
    });
    // No row at all: empty lists, not missing fields.
    expect(decodeFormData(ZUsagerCreate, form(USAGER))).toMatchObject({ foyer: [], budget: [], droitsOuverts: [] });

    const plan = decodeFormData(ZPlan, form([
      ["id", UUID], ["version", "1"], ["objectifs.0.id", ""], ["objectifs.0.libelle", "Résorber la dette"],
      ["objectifs.0.actions.0.id", ""], ["objectifs.0.actions.0.libelle", "Appeler le fournisseur"], ["objectifs.0.actions.0.echeance", ""],
      ["objectifs.0.actions.0.porteur", "La personne"], ["objectifs.0.actions.0.status", "A_FAIRE"],
      ["objectifs.0.actions.1.id", ""], ["objectifs.0.actions.1.libelle", "Demander le FSL"], ["objectifs.0.actions.1.echeance", ""],
      ["objectifs.0.actions.1.porteur", "La travailleuse sociale"], ["objectifs.0.actions.1.status", "EN_COURS"],
    ]));
    expect(ZPlan.parse(plan).objectifs[0]!.actions.map((a) => a.libelle)).toEqual(["Appeler le fournisseur", "Demander le FSL"]);
  });

  it("keeps the last value of a repeated single field, every value of a repeated list", () => {
    expect(formDataTree(form([["nom", "A"], ["nom", "B"]]))).toEqual({ nom: ["A", "B"] });
    expect(decodeFormData(ZUsagerCreate, form([["nom", "A"], ["nom", "B"]]))).toMatchObject({ nom: "B" });
    expect(decodeFormData(ZEntretien, form([["objets", "BUDGET"], ["objets", "BUDGET"]]))).toMatchObject({ objets: ["BUDGET", "BUDGET"] });
  });

  it("reads a number where the schema wants one, and leaves anything else for zod to refuse in French", () => {
    expect(decodeFormData(ZPlan, form([["version", "12"]]))).toMatchObject({ version: 12 });
    const forged = ZPlan.safeParse(decodeFormData(ZPlan, form([["id", UUID], ["version", "douze"]])));
    expect(forged.success ? null : forged.error.issues.find((i) => i.path[0] === "version")?.message).toBe("Version attendue.");
  });
});

describe("decodeFormData: forged names are dropped", () => {
  const Z = z.object({ nom: z.string(), foyer: z.array(z.object({ prenom: z.string() })) });

  it("ignores React's own $ACTION_ fields", () => {
    const data = form([["$ACTION_ID_abc123", ""], ["$ACTION_REF_1", ""], ["$ACTION_1:0", "{}"], ["nom", "Martin"]]);
    expect(formDataTree(data)).toEqual({ nom: "Martin" });
  });

  it("drops __proto__, constructor and prototype paths, huge indexes and paths too deep", () => {
    const data = form([
      ["__proto__.polluted", "oui"], ["foyer.__proto__.polluted", "oui"], ["constructor.prototype.polluted", "oui"], ["nom.prototype", "x"],
      ["foyer.1000000.prenom", "x"], ["foyer.99999999999.prenom", "x"], ["a.b.c.d.e.f.g.h.i", "x"], ["foyer..prenom", "x"], ["", "x"],
      ["foyer.0.prenom", "Noé"], ["nom", "Martin"],
    ]);
    expect(decodeFormData(Z, data)).toEqual({ nom: "Martin", foyer: [{ prenom: "Noé" }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("leaves out an empty file input (no file chosen)", () => {
    const data = form([["nom", "Martin"]]);
    data.append("piece", new File([], ""));
    expect(formDataTree(data)).toEqual({ nom: "Martin" });
  });
});

describe("echoValues: what a refusal puts back in the fields", () => {
  it("never sends back a password, a secret, a token, a code or a confirmation", () => {
    const echoed = echoValues({
      email: "a@b.fr", password: "Passerelle-Demo-2026", newPassword: "x", currentPassword: "y", clientSecret: "s", csrfToken: "t",
      code: "123456", confirmation: "z", nested: [{ password: "p", nom: "Martin" }], resume: "Compte rendu",
    });
    expect(echoed).toEqual({ email: "a@b.fr", nested: [{ nom: "Martin" }], resume: "Compte rendu" });
  });

  it("never sends back a file", () => {
    expect(echoValues({ nom: "Martin", piece: new File(["%PDF-"], "avis.pdf") })).toEqual({ nom: "Martin" });
  });

  it("sends back what was typed, decoded as the schema reads it", () => {
    const raw = decodeFormData(ZEntretien, form([["resume", "Point budget"], ["objets", "BUDGET"], ["noteConfidentielle", "Note"]]));
    expect(echoValues(raw)).toMatchObject({ resume: "Point budget", objets: ["BUDGET"], noteConfidentielle: "Note" });
  });
});
