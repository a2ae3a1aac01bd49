import { describe, expect, it } from "vitest";
import { CONSENT_REQUIRED, CONTACT_REQUIRED, EMPTY_FICHE_FORM, ZFicheRdv, ZFicheSend } from "@/lib/domain/fiches/schemas";
import { outcomeLabel } from "@/lib/domain/fiches/labels";

const valid = { ...EMPTY_FICHE_FORM, nom: "Lefèvre", prenom: "François", telephone: "0612345678", motifs: ["LOGEMENT"], consentement: true };
const errorsOf = (input: unknown) => {
  const r = ZFicheSend.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("fiche schema", () => {
  it("accepts the minimum and normalises the phone (+33 too)", () => {
    expect(ZFicheSend.parse(valid)).toMatchObject({ telephone: "06 12 34 56 78", email: null, dateNaissance: "", motifs: ["LOGEMENT"] });
    expect(ZFicheSend.parse({ ...valid, telephone: "+33 6 12 34 56 78" }).telephone).toBe("06 12 34 56 78");
    expect(ZFicheSend.parse({ ...valid, telephone: "", email: "Jean.Dupont@Exemple.fr" }).email).toBe("jean.dupont@exemple.fr");
  });

  it("keeps HTML as typed (React renders it as text)", () => {
    const nom = "<script>alert('x')</script>";
    expect(ZFicheSend.parse({ ...valid, nom }).nom).toBe(nom);
  });

  it.each([
    [{ consentement: false }, "consentement", CONSENT_REQUIRED],
    [{ consentement: "true" }, "consentement", CONSENT_REQUIRED],
    [{ telephone: "", email: "" }, "telephone", CONTACT_REQUIRED],
    [{ telephone: "12345" }, "telephone", /invalide/],
    [{ telephone: "+44 20 7946 0958" }, "telephone", /invalide/],
    [{ email: "pas-une-adresse" }, "email", /invalide/],
    [{ nom: "  " }, "nom", /Saisissez le nom/],
    [{ prenom: "x".repeat(1024 * 1024) }, "prenom", /100 caractères/],
    [{ motifPrecision: "x".repeat(501) }, "motifPrecision", /500 caractères/],
    [{ disponibilites: "x".repeat(1024 * 1024) }, "disponibilites", /300 caractères/],
    [{ motifs: [] }, "motifs", /au moins un motif/],
    [{ motifs: ["LOTO"] }, "motifs.0", /inconnu/],
    [{ urgence: "TRES_URGENTE" }, "urgence", /liste/],
    [{ dateNaissance: "2999-01-01" }, "dateNaissance", /futur/],
  ])("refuses %j on %s", (patch, field, message) => {
    expect(errorsOf({ ...valid, ...patch })[field]).toMatch(message);
  });

  it("checks the appointment's date and time formats", () => {
    const rdv = { ficheId: "00000000-0000-4000-8000-000000000000", date: "2026-12-01", heure: "09:30", lieu: "DOMICILE", lieuPrecision: "" };
    expect(ZFicheRdv.safeParse(rdv).success).toBe(true);
    expect(ZFicheRdv.safeParse({ ...rdv, heure: "25:00" }).success).toBe(false);
    expect(ZFicheRdv.safeParse({ ...rdv, lieu: "CAFE" }).success).toBe(false);
  });
});

describe("outcome shown to the agent", () => {
  it("says the category only", () => {
    expect(outcomeLabel({ status: "RDV_FIXE", reorienteeVers: null, motifCloture: null })).toBe("Rendez-vous fixé");
    expect(outcomeLabel({ status: "REORIENTEE", reorienteeVers: "la PMI", motifCloture: null })).toBe("Réorientée vers la PMI");
    expect(outcomeLabel({ status: "CLOTUREE", reorienteeVers: null, motifCloture: "REFUS_PERSONNE" })).toBe("Clôturée : refus de la personne");
    expect(outcomeLabel({ status: "EN_COURS", reorienteeVers: null, motifCloture: null })).toBeNull();
  });
});
