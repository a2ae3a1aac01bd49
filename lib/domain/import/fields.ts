// The columns an import of dossiers understands, with the headers CCAS spreadsheets give them.
// A header is compared once normalised (case, accents, punctuation: "Né(e) le" → "ne e le").
import { normalizeText } from "@/lib/domain/shared/normalize";
import { DROIT_OUVERT_LABELS } from "@/lib/domain/usagers/labels";

type DroitCode = keyof typeof DROIT_OUVERT_LABELS;
export type ImportField =
  | "numeroDossier" | "civilite" | "nom" | "nomNaissance" | "prenom" | "dateNaissance" | "telephone" | "email"
  | "adresse" | "codePostal" | "commune" | "quartier" | "situationFamiliale" | "logementStatut" | "bailleur"
  | "referent" | "dernierContact" | "droitsOuverts" | "observations" | `droit:${DroitCode}`;

const DROIT_ALIASES: Partial<Record<DroitCode, string[]>> = {
  RSA: ["RSA", "Bénéficiaire RSA", "Droit RSA"], APL: ["APL", "Droit APL"], AAH: ["AAH", "Droit AAH"],
  PRIME_ACTIVITE: ["Prime d'activité", "PA"], CSS: ["CSS", "Complémentaire santé solidaire", "CMU-C", "CMUC"],
  ASPA: ["ASPA", "Minimum vieillesse"], ALS: ["ALS"], ALF: ["ALF"], ALLOCATIONS_FAMILIALES: ["Allocations familiales", "AF"],
  ASF: ["ASF"], ARE: ["ARE", "Chômage"], ASS: ["ASS"], PCH: ["PCH"], APA: ["APA"], INVALIDITE: ["Pension d'invalidité", "Invalidité"],
};

export const IMPORT_FIELDS: { code: ImportField; label: string; aliases: string[] }[] = [
  { code: "numeroDossier", label: "N° de dossier / identifiant", aliases: ["N° de dossier", "Numéro de dossier", "N° dossier", "No dossier", "Num dossier", "Dossier", "Identifiant", "ID", "Id usager", "Référence", "Réf", "Réf. dossier", "Matricule"] },
  { code: "civilite", label: "Civilité", aliases: ["Civilité", "Titre", "Genre", "Sexe", "M/Mme"] },
  { code: "nom", label: "Nom", aliases: ["Nom", "Nom d'usage", "Nom de famille", "Nom usuel", "Nom marital", "Usager", "Nom usager"] },
  { code: "nomNaissance", label: "Nom de naissance", aliases: ["Nom de naissance", "Nom de jeune fille", "Née", "Nom JF"] },
  { code: "prenom", label: "Prénom", aliases: ["Prénom", "Prénoms", "Prenom usager"] },
  { code: "dateNaissance", label: "Date de naissance", aliases: ["Date de naissance", "DDN", "Né(e) le", "Né le", "Née le", "Date naissance", "Date de naiss", "Naissance", "Date naiss"] },
  { code: "telephone", label: "Téléphone", aliases: ["Téléphone", "Tél", "Tél.", "Tel", "Portable", "Mobile", "Tél portable", "Tél. portable", "Téléphone portable", "N° de téléphone", "GSM"] },
  { code: "email", label: "Adresse e-mail", aliases: ["E-mail", "Email", "Mail", "Courriel", "Adresse mail", "Adresse e-mail"] },
  { code: "adresse", label: "Adresse", aliases: ["Adresse", "Adresse postale", "Rue", "N° et rue", "Domicile"] },
  { code: "codePostal", label: "Code postal", aliases: ["CP", "Code postal", "C.P."] },
  { code: "commune", label: "Commune", aliases: ["Ville", "Commune", "Localité"] },
  { code: "quartier", label: "Quartier", aliases: ["Quartier", "Secteur", "Quartier prioritaire", "QPV"] },
  { code: "situationFamiliale", label: "Situation familiale", aliases: ["Situation familiale", "Situation de famille", "Sit. familiale", "Statut marital", "État civil"] },
  { code: "logementStatut", label: "Logement", aliases: ["Logement", "Type de logement", "Statut logement", "Situation logement", "Statut d'occupation", "Hébergement"] },
  { code: "bailleur", label: "Bailleur", aliases: ["Bailleur", "Propriétaire bailleur", "Organisme HLM"] },
  { code: "referent", label: "Référent (nom ou e-mail d'un compte)", aliases: ["Référent", "Référente", "Référent·e", "Référent(e)", "Travailleur social", "TS", "Suivi par", "AS", "Assistante sociale", "Référent social"] },
  { code: "dernierContact", label: "Dernier contact", aliases: ["Dernier contact", "Date dernier contact", "Dernier RDV", "Date du dernier contact", "Dernier passage"] },
  { code: "droitsOuverts", label: "Droits ouverts (liste)", aliases: ["Droits ouverts", "Droits", "Prestations", "Minima sociaux"] },
  ...(Object.keys(DROIT_OUVERT_LABELS) as DroitCode[]).map((code) => ({
    code: `droit:${code}` as ImportField, label: `${DROIT_OUVERT_LABELS[code]} (oui/non)`, aliases: DROIT_ALIASES[code] ?? [DROIT_OUVERT_LABELS[code]],
  })),
  { code: "observations", label: "Observations", aliases: ["Observations", "Observation", "Remarques", "Commentaires", "Commentaire", "Notes", "Note", "Suivi"] },
];

export const IMPORT_FIELD_CODES = IMPORT_FIELDS.map((f) => f.code);
export const IMPORT_FIELD_LABELS = Object.fromEntries(IMPORT_FIELDS.map((f) => [f.code, f.label])) as Record<ImportField, string>;

export const normalizeHeader = (header: string) => normalizeText(header.replace(/\s*\(\d+\)$/, ""));

const ALIAS_INDEX = new Map<string, ImportField>();
for (const f of IMPORT_FIELDS) for (const a of [f.label, ...f.aliases]) if (!ALIAS_INDEX.has(normalizeHeader(a))) ALIAS_INDEX.set(normalizeHeader(a), f.code);

/** The field a header names, or "" (ignored column). */
export function fieldForHeader(header: string): ImportField | "" {
  const key = normalizeHeader(header);
  if (!key) return "";
  const exact = ALIAS_INDEX.get(key);
  if (exact) return exact;
  // "Nom de l'usager", "Prénom du bénéficiaire", "Date de naissance (jj/mm/aaaa)".
  for (const [alias, code] of ALIAS_INDEX) if (alias.length >= 4 && (key.startsWith(`${alias} `) || key.endsWith(` ${alias}`))) return code;
  return "";
}

/** How many headers name a known field: the header row is the row with the most. */
export const headerScore = (headers: string[]) => headers.filter((h) => fieldForHeader(h) !== "").length;

/**
 * The mapping of a file: the saved one where it knows the header, else the automatic one; a
 * field is mapped to one column only (the first).
 */
export function autoMapping(headers: string[], saved: Record<string, string> = {}): (ImportField | "")[] {
  const used = new Set<string>();
  return headers.map((h) => {
    const key = normalizeHeader(h);
    const savedField = saved[key];
    const field = (savedField !== undefined && (savedField === "" || (IMPORT_FIELD_CODES as string[]).includes(savedField)) ? savedField : fieldForHeader(h)) as ImportField | "";
    if (!field || used.has(field)) return "";
    used.add(field);
    return field;
  });
}
