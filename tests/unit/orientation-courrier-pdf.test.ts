import { describe, expect, it } from "vitest";
import { courrierLetter, type CourrierData } from "@/lib/domain/orientations/courrier-letter";
import { renderLetterPdf } from "@/lib/domain/shared/letter/render-pdf";
import { toWinAnsi } from "@/lib/domain/shared/letter/winansi";
import { buildTransmis, type DossierForTransmis } from "@/lib/domain/orientations/transmis";
import type { ElementTransmis } from "@/lib/domain/orientations/labels";
import { extractPdfText } from "../helpers/orientation-pdf-text";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DOSSIER: DossierForTransmis = {
  civilite: "MADAME", nom: "Dupont", prenom: "Amélie", dateNaissance: d("1990-09-03"), dateNaissancePrecision: "EXACTE",
  telephone: "06 39 98 00 01", email: "amelie.dupont@exemple.example", adresse: "12 rue des Sarrazins", codePostal: "59000", commune: "Lille",
  situationFamiliale: "CELIBATAIRE", logementStatut: "LOCATAIRE_PARC_SOCIAL", bailleur: "Lille Métropole Habitat",
  mesureProtection: "CURATELLE", mesureOrganisme: "UDAF du Nord", droitsOuverts: ["RSA", "APL"],
  foyer: [{ id: "m1", prenom: "Léa", nom: "Dupont", dateNaissance: d("2019-05-14"), lien: "ENFANT" }],
  budget: [
    { kind: "RESSOURCE", type: "RSA", montantCents: 123456, membreId: null },
    { kind: "CHARGE", type: "LOYER", montantCents: 45000, membreId: null },
  ],
};
const DIAGNOSTIC = { date: d("2026-10-01"), conclusion: "Besoin d'un suivi de PMI pour l'enfant." };

function data(elements: ElementTransmis[]): CourrierData {
  return {
    letterhead: { nom: "CCAS de Démo", adresse: ["Hôtel de Ville, place Augustin Laurent", "59000 Lille"], telephone: "03 20 00 00 00", email: null, logo: null },
    lieuDate: "Lille, le 22/11/2026", reference: "dossier n° 2026-000012, orientation n° 2026-000012-abcdef12",
    destinataire: { nom: "PMI – MNS de La Madeleine", organisme: "Département du Nord", adresse: "14 rue du Président Pompidou", codePostal: "59110", commune: "La Madeleine" },
    personne: "Madame Amélie DUPONT", urgence: "URGENTE", dateOrientation: "20/11/2026",
    motif: "Suivi de l'enfant : é è à ç œ €, « guillemets » et Œuvre.",
    sections: buildTransmis(elements, DOSSIER, DIAGNOSTIC), consentementLe: "18/11/2026",
    signataire: { nom: "Élodie Marchand", fonction: "Travailleur social", structure: "CCAS de Démo" },
  };
}
const text = async (elements: ElementTransmis[]) => extractPdfText(await renderLetterPdf(courrierLetter(data(elements)), { compress: false })).replace(/\s+/g, " ");

describe("courrier d'orientation (PDF)", () => {
  it("is a PDF with the header, date, partner, object, motive, consent and signature, accents intact", async () => {
    const pdf = await renderLetterPdf(courrierLetter(data(["IDENTITE_CONTACT"])));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // Compressed (as served) and uncompressed give the same text.
    const t = extractPdfText(pdf).replace(/\s+/g, " ");
    expect(t).toBe(await text(["IDENTITE_CONTACT"]));
    for (const expected of [
      "CCAS de Démo", "Hôtel de Ville, place Augustin Laurent", "59000 Lille", "Tél. : 03 20 00 00 00", "Lille, le 22/11/2026",
      "PMI – MNS de La Madeleine", "14 rue du Président Pompidou", "59110 La Madeleine",
      "Objet : orientation de Madame Amélie DUPONT", "Orientation urgente", "é è à ç œ €, « guillemets » et Œuvre",
      "La personne a été informée de cette orientation et a donné son accord le 18/11/2026.",
      "Élodie Marchand", "Travailleur social",
    ]) expect(t).toContain(expected);
  });

  it("prints only the transmitted elements (minimisation)", async () => {
    const foyer = await text(["COMPOSITION_FOYER"]);
    expect(foyer).toContain("Composition du foyer");
    expect(foyer).toContain("Léa DUPONT, né·e le 14/05/2019");
    for (const absent of ["Ressources", "1 234,56", "06 39 98 00 01", "12 rue des Sarrazins", "RSA", "Curatelle", "UDAF", "Lille Métropole Habitat", "PMI pour l'enfant", "03/09/1990"]) {
      expect(foyer, absent).not.toContain(absent);
    }
    const budget = await text(["RESSOURCES_CHARGES"]);
    expect(budget).toContain("RSA : 1 234,56 € par mois");
    expect(budget).toContain("Loyer ou mensualité de logement : 450,00 € par mois");
    expect(budget).toContain("Total des ressources : 1 234,56 € par mois");
    for (const absent of ["Composition du foyer", "Léa", "06 39 98 00 01", "Curatelle"]) expect(budget, absent).not.toContain(absent);
    const all = await text(["SYNTHESE_DIAGNOSTIC", "MESURE_PROTECTION", "LOGEMENT", "DROITS_OUVERTS", "IDENTITE_CONTACT"]);
    for (const present of ["06 39 98 00 01", "Curatelle simple", "UDAF du Nord", "Lille Métropole Habitat", "RSA, APL", "Besoin d'un suivi de PMI pour l'enfant.", "Diagnostic du 01/10/2026"]) {
      expect(all, present).toContain(present);
    }
    expect(all).not.toContain("Léa");
    expect(all).not.toContain("450,00");
  });

  it("sections come in a fixed order whatever the ticking order", () => {
    expect(buildTransmis(["SYNTHESE_DIAGNOSTIC", "IDENTITE_CONTACT"], DOSSIER, null).map((s) => s.element)).toEqual(["IDENTITE_CONTACT", "SYNTHESE_DIAGNOSTIC"]);
    expect(buildTransmis([], DOSSIER, null)).toEqual([]);
  });

  it("maps characters Helvetica cannot print", () => {
    expect(toWinAnsi("1\u202f234,56\u00a0€")).toBe("1\u00a0234,56\u00a0€");
    expect(toWinAnsi("Ĺ ✓ ‑ é œ")).toBe("L ? - é œ");
  });
});
