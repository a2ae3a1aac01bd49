// The workshop form's schema: French messages on the right field, numbers and places.
import { describe, expect, it } from "vitest";
import { ZAtelierCreate, ZPresences } from "@/lib/domain/ateliers/schemas";
import { completMessage, formatDuree } from "@/lib/domain/ateliers/labels";

const UUID = "8d7c3b1e-7a52-4f3e-9a3b-1c2d3e4f5a6b";
const valid = {
  titre: "Atelier budget", theme: "BUDGET", debut: "2030-05-12T14:00", dureeMinutes: "90", siteId: UUID, adresse: "",
  capacite: "12", listeAttente: true, animateurId: UUID, partenaireId: "", description: "",
};
const errors = (patch: Record<string, unknown>) => {
  const r = ZAtelierCreate.safeParse({ ...valid, ...patch });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("ZAtelierCreate", () => {
  it("parses numbers and empty optional fields", () => {
    expect(ZAtelierCreate.parse(valid)).toMatchObject({ dureeMinutes: 90, capacite: 12, partenaireId: null, description: null, siteId: UUID });
  });
  it("refuses a negative or zero duration, a bad capacity, a missing place, a bad date", () => {
    expect(errors({ dureeMinutes: "-15" })).toEqual({ dureeMinutes: "La durée doit être positive : au moins 1 minute." });
    expect(errors({ dureeMinutes: "0" })).toEqual({ dureeMinutes: "La durée doit être positive : au moins 1 minute." });
    expect(errors({ dureeMinutes: "1h" })).toHaveProperty("dureeMinutes");
    expect(errors({ capacite: "0" })).toEqual({ capacite: "La capacité doit être d'au moins 1 place." });
    expect(errors({ capacite: "500" })).toEqual({ capacite: "La capacité : 200 au plus." });
    expect(errors({ siteId: "", adresse: "  " })).toEqual({ adresse: "Choisissez un site ou saisissez l'adresse du lieu." });
    expect(errors({ debut: "" })).toEqual({ debut: "Saisissez la date et l'heure de l'atelier." });
    expect(errors({ debut: "2030-02-30T10:00" })).toEqual({ debut: "Date et heure invalides (jj/mm/aaaa hh:mm)." });
    expect(errors({ theme: "" })).toEqual({ theme: "Thème : choisissez une valeur de la liste." });
  });
});

describe("labels", () => {
  it("formats a duration and the full message", () => {
    expect(formatDuree(45)).toBe("45 min");
    expect(formatDuree(120)).toBe("2 h");
    expect(formatDuree(90)).toBe("1 h 30");
    expect(completMessage(12)).toBe("L'atelier est complet (12 places).");
    expect(completMessage(1)).toBe("L'atelier est complet (1 place).");
  });
  it("accepts an unrecorded attendance", () => {
    expect(ZPresences.safeParse({ atelierId: UUID, presences: [{ inscriptionId: UUID, presence: "" }] }).success).toBe(true);
    expect(ZPresences.safeParse({ atelierId: UUID, presences: [{ inscriptionId: UUID, presence: "PEUT_ETRE" }] }).success).toBe(false);
  });
});
