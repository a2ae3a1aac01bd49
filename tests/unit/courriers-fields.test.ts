// The list of fields shown to the RESPONSABLE and the data templates are filled with must agree:
// every field offered for a kind of record is filled (formatted the French way) for that kind.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { fieldsFor } from "@/lib/domain/courriers/fields";
import { SOURCES } from "@/lib/domain/courriers/labels";
import type { SourceContext } from "@/lib/domain/courriers/sources";
import { templateData } from "@/lib/domain/courriers/template-data";
import type { LetterheadSettings } from "@/lib/domain/shared/letter/letterhead";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const actor: Actor = { id: "u", role: "TRAVAILLEUR_SOCIAL", structureId: "s", siteId: null, firstName: "Élodie", lastName: "Marchand", email: "e@x.fr", mustChangePassword: false, ip: null };
const settings: LetterheadSettings = {
  letterhead: { nom: "CCAS de Lille", adresse: ["Hôtel de Ville", "59000 Lille"], telephone: "03 20 00 00 00", email: "ccas@lille.example", logo: null },
  adresse: "Hôtel de Ville", codePostal: "59000", commune: "Lille", signataire: { nom: "Martine Leroy", fonction: "Directrice" },
  tribunalAdministratif: null, reglementAides: null, kind: "CCAS", configured: true,
};
const usager = {
  id: "p", structureId: "s", status: "ACTIF", numeroDossier: "2026-000012", civilite: "MADAME", nom: "Dupont", prenom: "Amélie", dateNaissance: d("1990-09-03"),
  adresse: "12 rue des Sarrazins", codePostal: "59000", commune: "Lille", telephone: "06 12 34 56 78", email: "a@x.fr", bailleur: "LMH", createdAt: d("2025-01-01"),
  foyer: [{ prenom: "Léa", nom: "Dupont", dateNaissance: d("2019-05-14"), lien: "ENFANT" }],
} as unknown as SourceContext["usager"];
const ctxOf: Record<string, Partial<SourceContext>> = {
  DOSSIER: {},
  AIDE: { aide: { aide: { type: "ENERGIE", objet: "EDF", montantDemandeCents: 25_000, montantAccordeCents: 18_050, status: "ACCORDEE", demandeLe: d("2026-11-02"), commissionLe: d("2026-11-20"), decisionLe: d("2026-11-20"), motifRefus: "x", modePaiement: "VIREMENT", payeLe: d("2026-11-25") }, instructeur: null } as never },
  RENDEZ_VOUS: { rdv: { kind: "BUREAU", debut: new Date("2026-12-08T09:30:00Z"), fin: new Date("2026-12-08T10:00:00Z"), objet: "Budget", lieuPrecision: null, site: { name: "MDS", address: "1 rue", postalCode: "59000", city: "Lille", phone: null }, travailleur: { firstName: "Élodie", lastName: "Marchand", role: "TRAVAILLEUR_SOCIAL" } } as never },
  ORIENTATION: { orientation: { motif: "PMI", date: d("2026-11-20"), consentementLe: d("2026-11-18"), partenaire: { nom: "PMI", organisme: "Département", adresse: "14 rue", codePostal: "59110", commune: "La Madeleine" } } as never },
  DOMICILIATION: { domiciliation: { status: "REFUSEE", demandeLe: d("2026-01-10"), decisionLe: d("2026-01-20"), debut: d("2026-01-20"), finValidite: d("2027-01-19"), motifRefus: "ABSENCE_LIEN_COMMUNE", finLe: d("2027-01-19"), motifFin: "NON_RENOUVELEE" } as never },
  DETTE: { dette: { dette: { creancier: "EDF", montantCents: 123_456, mensualiteCents: 5_000 }, dettes: [{ creancier: "EDF", montantCents: 123_456, mensualiteCents: 5_000 }], referent: null } as never },
};
const at = (data: unknown, tag: string) => tag.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

describe("fields of templates", () => {
  for (const source of SOURCES) {
    it(`every field offered for « ${source} » is filled`, () => {
      const data = templateData({ source, sourceId: "x", usager, links: {}, ...ctxOf[source] } as SourceContext, settings, actor, new Date("2026-12-02T10:00:00Z"));
      for (const f of fieldsFor(source)) {
        const value = at(data, f.tag);
        if (f.kind === "liste") {
          expect(Array.isArray(value), f.tag).toBe(true);
          for (const item of f.items!) expect(typeof at((value as unknown[])[0], item.tag), `${f.tag}.${item.tag}`).toBe("string");
        } else if (f.kind === "condition") expect(typeof value, f.tag).toBe("boolean");
        else expect(value, f.tag).toEqual(expect.any(String));
      }
    });
  }

  it("formats dates and amounts the French way", () => {
    const data = templateData({ source: "AIDE", sourceId: "x", usager, links: {}, ...ctxOf.AIDE } as SourceContext, settings, actor, new Date("2026-12-02T10:00:00Z"));
    expect(at(data, "aide.montantAccorde")).toBe("180,50\u00a0€");
    expect(at(data, "aide.demandeLe")).toBe("02/11/2026");
    expect(at(data, "date")).toBe("02/12/2026");
    expect(at(data, "usager.nomComplet")).toBe("Madame Amélie DUPONT");
    expect(at(data, "foyer")).toEqual([{ prenom: "Léa", nom: "DUPONT", dateNaissance: "14/05/2019", lien: "Enfant", age: "7 ans" }]);
  });
});
