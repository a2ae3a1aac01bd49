import { describe, expect, it } from "vitest";
import { NO_CONSENT_MESSAGE, ZOrientation, ZOrientationStatusChange, parseOrientationListParams } from "@/lib/domain/orientations/schemas";
import { parisToday } from "@/lib/domain/shared/paris-time";

const today = parisToday();
const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const valid = {
  usagerId: crypto.randomUUID(), partenaireId: crypto.randomUUID(), motif: "Suivi de grossesse.", elementsTransmis: ["IDENTITE_CONTACT"],
  consentement: true, consentementLe: today, date: today, urgence: "NORMALE",
};
const errorOf = (patch: Record<string, unknown>) => {
  const r = ZOrientation.safeParse({ ...valid, ...patch });
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("orientation schema", () => {
  it("accepts a complete orientation", () => expect(errorOf({})).toBeNull());

  it("refuses it without the person's consent", () => {
    expect(errorOf({ consentement: false })).toEqual({ consentement: NO_CONSENT_MESSAGE });
    expect(errorOf({ consentementLe: "" })).toEqual({ consentementLe: "Saisissez la date de l'accord." });
  });

  it("refuses dates in the future, invalid dates, and consent after the orientation", () => {
    expect(errorOf({ date: tomorrow, consentementLe: today })).toEqual({ date: "La date d'orientation : la date ne peut pas être dans le futur." });
    expect(errorOf({ consentementLe: tomorrow })?.consentementLe).toBe("La date de l'accord : la date ne peut pas être dans le futur.");
    expect(errorOf({ date: "2026-02-30" })?.date).toBe("La date d'orientation : date invalide (jj/mm/aaaa).");
    expect(errorOf({ date: "2025-01-01", consentementLe: "2025-01-02" })).toEqual({ consentementLe: "L'accord de la personne se recueille au plus tard le jour de l'orientation." });
  });

  it("needs a partner, a motive and at least one transmitted element, and caps lengths", () => {
    expect(errorOf({ partenaireId: "" })).toEqual({ partenaireId: "Choisissez le service vers lequel vous orientez la personne." });
    expect(errorOf({ motif: " " })).toEqual({ motif: "Saisissez le motif de l'orientation." });
    expect(errorOf({ motif: "x".repeat(1024 * 1024) })).toEqual({ motif: "Le motif de l'orientation : 2000 caractères au plus." });
    expect(errorOf({ elementsTransmis: [] })).toEqual({ elementsTransmis: "Cochez au moins un élément transmis au partenaire." });
    expect(errorOf({ elementsTransmis: ["NIR"] })).toEqual({ "elementsTransmis.0": "Élément inconnu." });
    expect(errorOf({ urgence: "EXTREME" })).toEqual({ urgence: "Choisissez le degré d'urgence." });
  });

  it("status change: known status, past date", () => {
    const base = { orientationId: crypto.randomUUID(), to: "ACCUSEE", date: today, motifRefus: "" };
    expect(ZOrientationStatusChange.safeParse(base).success).toBe(true);
    expect(ZOrientationStatusChange.safeParse({ ...base, to: "PERDUE" }).success).toBe(false);
    expect(ZOrientationStatusChange.safeParse({ ...base, date: tomorrow }).error?.issues[0]?.message).toBe("La date : la date ne peut pas être dans le futur.");
  });

  it("list parameters fall back to defaults", () => {
    expect(parseOrientationListParams({ statut: "PERDUE", partenaire: "x", age: "7", page: "-1", taille: "33", du: "2026-02-30", au: "hier", site: "x", auteur: "1" }))
      .toEqual({ statut: "", partenaire: "", referent: "", age: "", du: "", au: "", site: "", auteur: "", page: 1, taille: 25 });
    expect(parseOrientationListParams({ statut: "en_attente", age: "30", taille: "50" })).toMatchObject({ statut: "en_attente", age: 30, taille: 50 });
  });
});
