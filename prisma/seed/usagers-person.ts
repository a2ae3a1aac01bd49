// One generated person: identity, contact, situation, logement and household, kept consistent
// with each other (a widow is older, a married woman may carry her husband's name, children are
// born when their parent was an adult, a homeless person is domiciled at the CCAS…).
import { randomUUID } from "node:crypto";
import type { Civilite, LienFoyer, LogementStatut, MesureProtection, SituationFamiliale } from "@/lib/generated/prisma/enums";
import { normalizeText } from "@/lib/domain/shared/normalize";
import { firstNameFor, type Origin } from "./usagers-names";
import { BAILLEURS_SOCIAUX, DOMICILIATION, ORGANISME_MASP, ORGANISMES_TUTELLE, QUARTIERS, VOISIN_RUES } from "./usagers-places";
import { atMidnight, chance, DAY_MS, int, pick, randomDateOfYear, utcDate, weighted, type Rng } from "./usagers-random";

export type Sexe = "F" | "M";
export type Membre = { id: string; nom: string; prenom: string; dateNaissance: Date; lien: LienFoyer; sexe: Sexe };

export type Person = {
  origin: Origin; sexe: Sexe; civilite: Civilite | null;
  nom: string; nomNaissance: string | null; prenom: string; dateNaissance: Date;
  telephone: string | null; email: string | null;
  adresse: string; codePostal: string; commune: string; quartier: string | null;
  situationFamiliale: SituationFamiliale; logementStatut: LogementStatut | null; bailleur: string | null;
  mesureProtection: MesureProtection; mesureOrganisme: string | null;
  foyer: Membre[];
};

/** Fixed parts of a person (the anchors of the end-to-end tests). */
export type Fixed = Partial<Pick<Person, "origin" | "sexe" | "nom" | "nomNaissance" | "prenom" | "dateNaissance" | "situationFamiliale" | "quartier">>;

/** Ages are those at the demo's reference year. */
export const REFERENCE_YEAR = 2026;
const COUPLE: SituationFamiliale[] = ["EN_COUPLE", "MARIE", "PACSE"];

export type Place = { kind: "lille" } | { kind: "voisin"; commune: string; codePostal: string };

/** `emails` holds the addresses already given in this seed run, to keep them distinct. */
export function makePerson(rng: Rng, origins: readonly Origin[], place: Place, emails: Set<string>, fixed: Fixed = {}): Person {
  const origin = fixed.origin ?? pickOrigin(rng, origins);
  const sexe: Sexe = fixed.sexe ?? (chance(rng, 0.58) ? "F" : "M");
  const year = fixed.dateNaissance?.getUTCFullYear() ?? birthYear(rng);
  const age = REFERENCE_YEAR - year;
  const situationFamiliale = fixed.situationFamiliale ?? situationFor(rng, age);
  const nom = fixed.nom ?? pick(rng, origin.noms);
  // Married, widowed and some divorced women use their husband's name (nom d'usage).
  const usesMarriedName = sexe === "F" && (["MARIE", "VEUF"].includes(situationFamiliale) ? chance(rng, 0.7) : situationFamiliale === "DIVORCE" && chance(rng, 0.3));
  const nomNaissance = fixed.nomNaissance !== undefined ? fixed.nomNaissance : usesMarriedName ? otherName(rng, origin, nom) : null;
  const prenom = fixed.prenom ?? pick(rng, firstNameFor(sexe === "F" ? origin.femmes : origin.hommes, year));

  const foyer = makeFoyer(rng, { origin, sexe, year, nom, nomNaissance, situationFamiliale });
  const logementStatut = logementFor(rng, age, foyer.some((m) => m.lien === "ENFANT"));
  const address = addressFor(rng, place, logementStatut, fixed.quartier);
  // Judicial measures are exercised by a mandataire; the habilitation familiale mostly for the elderly.
  const mesureProtection: MesureProtection = chance(rng, 0.88) ? "AUCUNE" : age >= 65
    ? weighted<MesureProtection>(rng, { CURATELLE: 3, CURATELLE_RENFORCEE: 2, TUTELLE: 3, HABILITATION_FAMILIALE: 2, SAUVEGARDE_DE_JUSTICE: 1 })
    : weighted<MesureProtection>(rng, { CURATELLE: 3, CURATELLE_RENFORCEE: 3, TUTELLE: 1, MASP: 3, MAJ: 1 });
  return {
    origin, sexe, nom, nomNaissance, prenom, situationFamiliale, foyer, logementStatut, mesureProtection,
    // A few files were opened without the civilité (a phone call, a fiche de liaison).
    civilite: chance(rng, 0.04) ? null : sexe === "F" ? "MADAME" : "MONSIEUR",
    dateNaissance: fixed.dateNaissance ?? randomDateOfYear(rng, year),
    ...contactFor(rng, age, prenom, nom, emails),
    ...address,
    bailleur: logementStatut === "LOCATAIRE_PARC_SOCIAL" ? weighted(rng, BAILLEURS_SOCIAUX) : null,
    mesureOrganisme: mesureProtection === "AUCUNE" || mesureProtection === "HABILITATION_FAMILIALE" ? null
      : mesureProtection === "MASP" ? ORGANISME_MASP : pick(rng, ORGANISMES_TUTELLE),
  };
}

function pickOrigin(rng: Rng, origins: readonly Origin[]): Origin {
  const index = weighted(rng, Object.fromEntries(origins.map((o, i) => [String(i), o.weight])));
  return origins[Number(index)]!;
}

/** More working-age adults than elderly people, as in a CCAS caseload; 1935–2006. */
function birthYear(rng: Rng): number {
  const band = weighted(rng, { old: 12, senior: 20, mid: 38, young: 30 });
  return band === "old" ? int(rng, 1935, 1950) : band === "senior" ? int(rng, 1951, 1965) : band === "mid" ? int(rng, 1966, 1985) : int(rng, 1986, 2006);
}

function situationFor(rng: Rng, age: number): SituationFamiliale {
  if (age < 30) return weighted(rng, { CELIBATAIRE: 12, EN_COUPLE: 5, PACSE: 1, MARIE: 1, SEPARE: 1 });
  if (age < 60) return weighted(rng, { CELIBATAIRE: 8, EN_COUPLE: 5, MARIE: 5, PACSE: 1, SEPARE: 4, DIVORCE: 5, VEUF: 1 });
  return weighted(rng, { CELIBATAIRE: 4, MARIE: 5, EN_COUPLE: 1, DIVORCE: 4, SEPARE: 1, VEUF: 8 });
}

function otherName(rng: Rng, origin: Origin, not: string): string {
  for (;;) {
    const candidate = pick(rng, origin.noms);
    if (candidate !== not) return candidate;
  }
}

type Head = { origin: Origin; sexe: Sexe; year: number; nom: string; nomNaissance: string | null; situationFamiliale: SituationFamiliale };

function makeFoyer(rng: Rng, h: Head): Membre[] {
  const { origin } = h;
  const age = REFERENCE_YEAR - h.year;
  const members: Membre[] = [];
  const add = (lien: LienFoyer, sexe: Sexe, birth: number | Date, nom: string, prenoms: readonly string[]) => {
    const dateNaissance = typeof birth === "number" ? randomDateOfYear(rng, birth) : birth;
    // Two children of one household never share a first name.
    const free = prenoms.filter((p) => !members.some((m) => m.prenom === p));
    members.push({ id: randomUUID(), lien, sexe, nom, prenom: pick(rng, free.length > 0 ? free : prenoms), dateNaissance });
    return members[members.length - 1]!;
  };

  const couple = COUPLE.includes(h.situationFamiliale);
  let conjoint: Membre | null = null;
  if (couple) {
    // Husbands are usually a few years older than their wives.
    const sexe: Sexe = chance(rng, 0.03) ? h.sexe : h.sexe === "F" ? "M" : "F";
    const year = Math.min(2006, Math.max(1933, h.year + (sexe === "M" ? int(rng, -7, 2) : int(rng, -2, 7))));
    // Married: the wife usually carries the husband's name, i.e. the usager's nom.
    const nom = h.situationFamiliale === "MARIE" && sexe !== h.sexe ? h.nom : otherName(rng, origin, h.nom);
    conjoint = add("CONJOINT", sexe, year, nom, firstNameFor(sexe === "F" ? origin.femmes : origin.hommes, year));
  }
  // Children still at home: born when both parents were 19 or more, the mother 44 at most.
  const single = !couple;
  const childWeights = age < 21 || age >= 60 ? { 0: 1 }
    : single && h.sexe === "M" ? { 0: 8, 1: 2, 2: 1 }
    : age < 30 ? { 0: 4, 1: 3, 2: 2, 3: 1 } : age < 50 ? { 0: 3, 1: 3, 2: 3, 3: 2, 4: 1 } : { 0: 6, 1: 3, 2: 1 };
  const children = Number(weighted(rng, childWeights as Record<string, number>));
  const mother = h.sexe === "F" ? h.year : conjoint?.sexe === "F" ? conjoint.dateNaissance.getUTCFullYear() : h.year;
  const from = Math.max(h.year + 19, mother + 19, REFERENCE_YEAR - 24);
  const to = Math.min(h.year + 44, mother + 44, REFERENCE_YEAR - 1);
  // Children carry their father's name: the conjoint's when the usager is the mother.
  const fatherName = conjoint && h.sexe === "F" && conjoint.sexe === "M" ? conjoint.nom
    : single && h.sexe === "F" && chance(rng, 0.3) ? otherName(rng, origin, h.nom) : h.nom;
  // Siblings are born 15 months to 5 years apart.
  const last = utcDate(to, 12, 31).getTime();
  let at = utcDate(from, 1, 1).getTime() + rng() * (last - utcDate(from, 1, 1).getTime()) * (children > 1 ? 0.4 : 1);
  for (let i = 0; i < children && at <= last; i++) {
    const sexe: Sexe = chance(rng, 0.5) ? "F" : "M";
    add("ENFANT", sexe, atMidnight(new Date(at)), fatherName, sexe === "F" ? origin.filles : origin.garcons);
    at += int(rng, 456, 1825) * DAY_MS;
  }
  const birthName = h.nomNaissance ?? h.nom;
  if (age >= 25 && age <= 62 && chance(rng, 0.05)) {
    // An elderly parent living with them, most often a widowed mother.
    const sexe: Sexe = chance(rng, 0.7) ? "F" : "M";
    const year = Math.max(1930, h.year - int(rng, 20, 34));
    add("PARENT", sexe, year, birthName, firstNameFor(sexe === "F" ? origin.femmes : origin.hommes, year));
  } else if (age < 30 && single && chance(rng, 0.08)) {
    const sexe: Sexe = chance(rng, 0.5) ? "F" : "M";
    const year = Math.min(2010, h.year + int(rng, -4, 6));
    add("FRERE_SOEUR", sexe, year, birthName, firstNameFor(sexe === "F" ? origin.femmes : origin.hommes, year));
  } else if (age >= 60 && chance(rng, 0.05)) {
    // A grandchild taken in by a grandparent.
    const sexe: Sexe = chance(rng, 0.5) ? "F" : "M";
    add("AUTRE_FAMILLE", sexe, int(rng, 2006, 2014), otherName(rng, origin, h.nom), sexe === "F" ? origin.filles : origin.garcons);
  }
  return members;
}

function logementFor(rng: Rng, age: number, withChildren: boolean): LogementStatut | null {
  if (chance(rng, 0.03)) return null; // not yet asked
  const statut = age >= 70
    ? weighted<LogementStatut>(rng, { LOCATAIRE_PARC_SOCIAL: 45, LOCATAIRE_PARC_PRIVE: 15, PROPRIETAIRE: 15, LOGEMENT_FOYER: 15, HEBERGE_CHEZ_UN_TIERS: 5 })
    : age < 26
      ? weighted<LogementStatut>(rng, { HEBERGE_CHEZ_UN_TIERS: 25, LOCATAIRE_PARC_PRIVE: 20, LOCATAIRE_PARC_SOCIAL: 20, LOGEMENT_FOYER: 15, HEBERGEMENT_URGENCE_CHRS: 8, SANS_DOMICILE: 7, HABITAT_PRECAIRE: 3 })
      : weighted<LogementStatut>(rng, { LOCATAIRE_PARC_SOCIAL: 48, LOCATAIRE_PARC_PRIVE: 25, HEBERGE_CHEZ_UN_TIERS: 7, PROPRIETAIRE: 5, HEBERGEMENT_URGENCE_CHRS: 5, SANS_DOMICILE: 4, HABITAT_PRECAIRE: 2, LOGEMENT_FOYER: 2, AUTRE: 2 });
  // Families are sheltered rather than left in the street or in a young workers' hostel.
  if (withChildren && (statut === "SANS_DOMICILE" || statut === "LOGEMENT_FOYER")) return "HEBERGEMENT_URGENCE_CHRS";
  return statut;
}

function addressFor(rng: Rng, place: Place, logement: LogementStatut | null, fixedQuartier?: string | null) {
  if (place.kind === "voisin") {
    return { adresse: `${int(rng, 1, 180)} ${pick(rng, VOISIN_RUES)}`, codePostal: place.codePostal, commune: place.commune, quartier: null };
  }
  const quartier = fixedQuartier ?? weighted(rng, Object.fromEntries(Object.entries(QUARTIERS).map(([q, v]) => [q, v.weight])));
  const q = QUARTIERS[quartier]!;
  if (logement === "SANS_DOMICILE") return { ...DOMICILIATION, commune: "Lille", quartier };
  const numero = `${int(rng, 1, 240)}${chance(rng, 0.06) ? " bis" : ""}`;
  return { adresse: `${numero} ${pick(rng, q.rues)}`, codePostal: pick(rng, q.codes), commune: "Lille", quartier };
}

const two = (n: number) => String(n).padStart(2, "0");

function contactFor(rng: Rng, age: number, prenom: string, nom: string, usedEmails: Set<string>) {
  // Numbers in the ranges ARCEP reserves for fiction (06 39 98 …, 03 53 01 …): never a subscriber.
  const telephone = chance(rng, 0.1) ? null
    : age >= 70 && chance(rng, 0.4) ? `03 53 01 ${two(int(rng, 0, 99))} ${two(int(rng, 0, 99))}`
      : `06 39 98 ${two(int(rng, 0, 99))} ${two(int(rng, 0, 99))}`;
  const withEmail = chance(rng, age >= 70 ? 0.2 : age >= 45 ? 0.5 : 0.7);
  if (!withEmail) return { telephone, email: null };
  // normalizeText has no mapping for the Turkish dotless ı: transliterate it first.
  const ascii = (s: string) => normalizeText(s.replace(/ı/g, "i"));
  const p = ascii(prenom).replace(/ /g, "-");
  const n = ascii(nom).replace(/ /g, "");
  let local = pick(rng, [`${p}.${n}`, `${p[0]}${n}`, `${p}.${n}${int(rng, 10, 99)}`, `${n}.${p}`]);
  for (let i = 2; usedEmails.has(local); i++) local = `${local.replace(/\d+$/, "")}${i}`;
  usedEmails.add(local);
  return { telephone, email: `${local}@exemple.fr` };
}
