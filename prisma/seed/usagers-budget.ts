// Monthly budget (LigneBudget) and droits ouverts of a generated household, consistent with each
// other: RSA is differential and household-sized, housing aid only for tenants, family benefits
// from the second child, CSS for low incomes. Amounts approximate the 2026 scales; a few rights
// are left unopened on purpose (non-recours is what a diagnostic social looks for).
import type { DroitOuvert } from "@/lib/generated/prisma/enums";
import type { ChargeType, RessourceType } from "@/lib/domain/usagers/budget-types";
import type { Membre, Person } from "./usagers-person";
import { REFERENCE_YEAR } from "./usagers-person";
import { chance, euros, weighted, type Rng } from "./usagers-random";

export type Ligne = { membreId: string | null; kind: "RESSOURCE" | "CHARGE"; type: RessourceType | ChargeType; montantCents: number };

// Approximate monthly amounts, in cents (revalued each April; close enough for a demo).
const RSA_BASE = 65_284;
const AAH_MAX = 104_160;
const ASPA_SEUL = 104_359;
const ASS = 59_310;
const ASF_PAR_ENFANT = 20_090;
const PAJE_BASE = 18_570;
const AF = [0, 0, 15_280, 34_860]; // 2 and 3 children; +19 580 each further child

const ageOf = (d: Date) => REFERENCE_YEAR - d.getUTCFullYear();
const TENANT = ["LOCATAIRE_PARC_SOCIAL", "LOCATAIRE_PARC_PRIVE", "LOGEMENT_FOYER"];

export function makeBudget(rng: Rng, p: Person): { lignes: Ligne[]; droits: DroitOuvert[] } {
  const lignes: Ligne[] = [];
  const droits = new Set<DroitOuvert>();
  const res = (type: RessourceType, cents: number, m: Membre | null = null) => {
    if (cents > 0) lignes.push({ membreId: m?.id ?? null, kind: "RESSOURCE", type, montantCents: Math.round(cents) });
  };
  const chg = (type: ChargeType, cents: number, m: Membre | null = null) => {
    if (cents > 0) lignes.push({ membreId: m?.id ?? null, kind: "CHARGE", type, montantCents: Math.round(cents) });
  };

  const age = ageOf(p.dateNaissance);
  const conjoint = p.foyer.find((m) => m.lien === "CONJOINT") ?? null;
  const enfants = p.foyer.filter((m) => m.lien === "ENFANT" || m.lien === "AUTRE_FAMILLE");
  const aCharge = enfants.filter((e) => ageOf(e.dateNaissance) < 20);
  const logement = p.logementStatut;

  // The usager's own resources.
  const profile = age >= 62 ? "RETRAITE"
    // Under 25 without a child there is no RSA; those with no income at all are mostly hosted.
    : age < 25 && aCharge.length === 0 ? weighted(rng, { SALAIRE: 3, CHOMAGE: 2, JEUNE: 4, AUCUNE: logement && TENANT.includes(logement) ? 0 : 2 })
      : weighted(rng, { RSA: 34, SALAIRE: 24, CHOMAGE: 12, AAH: p.mesureProtection === "AUCUNE" ? 9 : 30, IJ: 4 });
  let salaires = 0;
  if (profile === "RETRAITE") {
    const pension = euros(rng, 620, 1480);
    // Below the minimum vieillesse most have the ASPA top-up; some never asked for it.
    if (!conjoint && pension < ASPA_SEUL && chance(rng, 0.75)) { res("RETRAITE", ASPA_SEUL); droits.add("ASPA"); } else res("RETRAITE", pension);
    if (age >= 78 && chance(rng, 0.35)) droits.add("APA");
  } else if (profile === "SALAIRE") {
    salaires += euros(rng, 650, 1650);
    res("SALAIRE", salaires);
  } else if (profile === "CHOMAGE") {
    if (chance(rng, 0.7)) { res("CHOMAGE", euros(rng, 760, 1420)); droits.add("ARE"); } else { res("CHOMAGE", ASS); droits.add("ASS"); }
  } else if (profile === "AAH") {
    if (chance(rng, 0.15)) { res("AUTRE_RESSOURCE", euros(rng, 280, 620)); droits.add("INVALIDITE"); res("AAH", euros(rng, 420, 760)); } else res("AAH", AAH_MAX);
    droits.add("AAH");
    if (chance(rng, 0.15)) droits.add("PCH");
  } else if (profile === "IJ") {
    res("INDEMNITES_JOURNALIERES", euros(rng, 640, 1250));
  } else if (profile === "JEUNE") {
    res("AUTRE_RESSOURCE", euros(rng, 300, 528)); // allocation of a contrat d'engagement jeune
  }

  // The conjoint's resources, attached to their foyer line.
  if (conjoint) {
    const cAge = ageOf(conjoint.dateNaissance);
    const cProfile = cAge >= 62 ? "RETRAITE" : profile === "RSA" ? weighted(rng, { AUCUNE: 6, SALAIRE: 3, AAH: 1 }) : weighted(rng, { SALAIRE: 5, CHOMAGE: 2, AAH: 1, AUCUNE: 3 });
    if (cProfile === "RETRAITE") res("RETRAITE", euros(rng, 450, 1400), conjoint);
    else if (cProfile === "SALAIRE") { const s = profile === "RSA" ? euros(rng, 300, 700) : euros(rng, 900, 1750); salaires += s; res("SALAIRE", s, conjoint); }
    else if (cProfile === "CHOMAGE") { res("CHOMAGE", euros(rng, 700, 1300), conjoint); droits.add("ARE"); }
    else if (cProfile === "AAH") { res("AAH", AAH_MAX, conjoint); droits.add("AAH"); }
    if (chance(rng, 0.6)) chg("MUTUELLE", euros(rng, 22, 85), conjoint);
  }
  for (const m of p.foyer) {
    const a = ageOf(m.dateNaissance);
    if (m.lien === "ENFANT" && a >= 16 && chance(rng, 0.25)) res("SALAIRE", euros(rng, 480, 1100), m); // apprentice, summer job
    if (m.lien === "PARENT" && chance(rng, 0.9)) res("RETRAITE", euros(rng, 680, 1300), m);
  }

  // Family benefits.
  const n = aCharge.length;
  const familiales = (n >= 2 ? (AF[Math.min(n, 3)]! + Math.max(0, n - 3) * 19_580) : 0) +
    (aCharge.some((e) => ageOf(e.dateNaissance) < 3) ? PAJE_BASE : 0);
  if (familiales > 0) { res("ALLOCATIONS_FAMILIALES", familiales); droits.add("ALLOCATIONS_FAMILIALES"); }
  if (!conjoint && n > 0) {
    if (chance(rng, 0.5)) { res("ALLOCATIONS_FAMILIALES", ASF_PAR_ENFANT * n); droits.add("ASF"); }
    else if (chance(rng, 0.5)) res("PENSION_ALIMENTAIRE", euros(rng, 100, 180) * n);
  }

  // Housing aid for tenants; CAF names it APL (conventionné), ALF (families) or ALS.
  if (logement && TENANT.includes(logement) && chance(rng, salaires > 1500 ? 0.3 : 0.9)) {
    res("AIDE_LOGEMENT", euros(rng, 160, 270) + 4_500 * Math.min(n, 4));
    droits.add(logement === "LOCATAIRE_PARC_PRIVE" ? (n > 0 ? "ALF" : "ALS") : "APL");
  }

  // RSA: the household scale minus the forfait logement and the conjoint's income (62 % of earnings kept).
  if (profile === "RSA") {
    const personnes = 1 + (conjoint ? 1 : 0) + n;
    const echelle = 1 + (personnes >= 2 ? 0.5 : 0) + (personnes >= 3 ? 0.3 : 0) + Math.max(0, personnes - 3) * 0.4;
    const forfait = logement && logement !== "SANS_DOMICILE" && logement !== "HEBERGEMENT_URGENCE_CHRS"
      ? RSA_BASE * (personnes === 1 ? 0.12 : personnes === 2 ? 0.24 : 0.297) : 0;
    const autres = lignes.filter((l) => l.kind === "RESSOURCE" && l.type !== "AIDE_LOGEMENT" && l.type !== "ALLOCATIONS_FAMILIALES" && l.membreId === (conjoint?.id ?? "")).reduce((s, l) => s + l.montantCents, 0);
    res("RSA", Math.max(4_000, RSA_BASE * echelle - forfait - autres * 0.38));
    droits.add("RSA");
  }
  if (salaires > 0 && salaires < 190_000 && chance(rng, 0.75)) { res("PRIME_ACTIVITE", euros(rng, 70, 290)); droits.add("PRIME_ACTIVITE"); }

  // Complémentaire santé solidaire for low incomes (monthly resources per person).
  const total = lignes.filter((l) => l.kind === "RESSOURCE").reduce((s, l) => s + l.montantCents, 0);
  const css = total / (1 + p.foyer.length) < 110_000 && chance(rng, 0.8);
  if (css) droits.add("CSS");
  if (!css) chg("MUTUELLE", euros(rng, 25, 95));
  else if (age >= 50 && chance(rng, 0.5)) chg("MUTUELLE", euros(rng, 8, 30)); // CSS avec participation

  // Charges of the home.
  const personnes = 1 + p.foyer.length;
  if (logement === "LOCATAIRE_PARC_SOCIAL") chg("LOYER", euros(rng, 320, 480) + 3_500 * n);
  if (logement === "LOCATAIRE_PARC_PRIVE") chg("LOYER", euros(rng, 470, 720) + 5_500 * n);
  if (logement === "LOGEMENT_FOYER") chg("LOYER", age >= 60 ? euros(rng, 520, 780) : euros(rng, 380, 470));
  if (logement === "HEBERGEMENT_URGENCE_CHRS") chg("LOYER", euros(rng, 30, 160)); // participation aux frais
  if (logement === "HEBERGE_CHEZ_UN_TIERS" && chance(rng, 0.4)) chg("AUTRE_CHARGE", euros(rng, 50, 200));
  if (logement === "PROPRIETAIRE") {
    if (age < 60 && chance(rng, 0.5)) chg("CREDIT", euros(rng, 380, 720));
    chg("IMPOTS", euros(rng, 55, 115)); // taxe foncière, monthly share
  }
  const home = logement === "LOCATAIRE_PARC_SOCIAL" || logement === "LOCATAIRE_PARC_PRIVE" || logement === "PROPRIETAIRE";
  if (home) {
    chg("ENERGIE", euros(rng, 60, 140) + 1_800 * personnes);
    if (logement !== "LOCATAIRE_PARC_SOCIAL" || chance(rng, 0.5)) chg("EAU", euros(rng, 18, 30) + 500 * personnes);
    if (chance(rng, 0.9)) chg("ASSURANCE_HABITATION", euros(rng, 10, 28));
  }
  if (chance(rng, logement === "HEBERGEMENT_URGENCE_CHRS" || logement === "SANS_DOMICILE" ? 0.5 : 0.85)) chg("TELEPHONE_INTERNET", euros(rng, 15, 55));
  if (chance(rng, 0.35)) chg("TRANSPORT", euros(rng, 8, 90));
  const scolaires = aCharge.filter((e) => ageOf(e.dateNaissance) >= 3 && ageOf(e.dateNaissance) <= 11).length;
  if (scolaires > 0 && chance(rng, 0.55)) chg("CANTINE_GARDE", euros(rng, 18, 42) * scolaires);
  if (p.sexe === "M" && (p.situationFamiliale === "SEPARE" || p.situationFamiliale === "DIVORCE") && n === 0 && age < 62 && chance(rng, 0.4)) {
    chg("PENSION_ALIMENTAIRE_VERSEE", euros(rng, 90, 260));
  }
  if (chance(rng, 0.18)) chg("CREDIT", euros(rng, 35, 260)); // consumer credit or a plan de surendettement

  // A few recent files have no budget entered yet; their rights are known from the first interview.
  return { lignes: chance(rng, 0.08) ? [] : lignes, droits: [...droits] };
}
