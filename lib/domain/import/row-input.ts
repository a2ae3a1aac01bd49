// One row of the file → the value the usager creation form would have sent, checked with the
// form's own zod schema (ZUsagerCreate). Each problem is a French message on its field, which the
// preview shows on the cell ("Date de naissance illisible : 31/02/1980").
import { normalizeText } from "@/lib/domain/shared/normalize";
import { CIVILITE_LABELS, DROIT_OUVERT_LABELS, LOGEMENT_STATUT_LABELS, SITUATION_FAMILIALE_LABELS } from "@/lib/domain/usagers/labels";
import { ZUsagerCreate, type UsagerCreate } from "@/lib/domain/usagers/schemas";
import { MAX_LONG_TEXT } from "@/lib/domain/shared/fields";
import { parseChoiceCell, parseDateCell, parsePhoneCell, parseYesNoCell } from "./cells";
import { IMPORT_FIELD_LABELS, type ImportField } from "./fields";

type DroitCode = keyof typeof DROIT_OUVERT_LABELS;

const CIVILITE_SYNONYMS: Record<string, keyof typeof CIVILITE_LABELS> = {
  m: "MONSIEUR", mr: "MONSIEUR", "m.": "MONSIEUR", h: "MONSIEUR", homme: "MONSIEUR", masculin: "MONSIEUR",
  mme: "MADAME", mlle: "MADAME", mademoiselle: "MADAME", f: "MADAME", femme: "MADAME", feminin: "MADAME",
};
const SITUATION_SYNONYMS: Record<string, keyof typeof SITUATION_FAMILIALE_LABELS> = {
  seul: "CELIBATAIRE", seule: "CELIBATAIRE", "seul e": "CELIBATAIRE", isole: "CELIBATAIRE", concubinage: "EN_COUPLE",
  "union libre": "EN_COUPLE", "vie maritale": "EN_COUPLE", couple: "EN_COUPLE", pacs: "PACSE", veuve: "VEUF", veuf: "VEUF",
  divorcee: "DIVORCE", separee: "SEPARE", mariee: "MARIE",
};
const LOGEMENT_SYNONYMS: Record<string, keyof typeof LOGEMENT_STATUT_LABELS> = {
  hlm: "LOCATAIRE_PARC_SOCIAL", "locataire hlm": "LOCATAIRE_PARC_SOCIAL", "parc social": "LOCATAIRE_PARC_SOCIAL", "locataire social": "LOCATAIRE_PARC_SOCIAL",
  "locataire prive": "LOCATAIRE_PARC_PRIVE", "parc prive": "LOCATAIRE_PARC_PRIVE", locataire: "LOCATAIRE_PARC_PRIVE",
  heberge: "HEBERGE_CHEZ_UN_TIERS", hebergee: "HEBERGE_CHEZ_UN_TIERS", "chez un tiers": "HEBERGE_CHEZ_UN_TIERS", "heberge famille": "HEBERGE_CHEZ_UN_TIERS",
  sdf: "SANS_DOMICILE", "sans domicile fixe": "SANS_DOMICILE", rue: "SANS_DOMICILE", chrs: "HEBERGEMENT_URGENCE_CHRS", "115": "HEBERGEMENT_URGENCE_CHRS",
  squat: "HABITAT_PRECAIRE", caravane: "HABITAT_PRECAIRE", "residence sociale": "LOGEMENT_FOYER", foyer: "LOGEMENT_FOYER", fjt: "LOGEMENT_FOYER",
};
const DROIT_SYNONYMS: Record<string, DroitCode> = { "cmu": "CSS", "cmu c": "CSS", "c2s": "CSS", "pa": "PRIME_ACTIVITE", "af": "ALLOCATIONS_FAMILIALES", "chomage": "ARE" };

/** Accounts of the structure a "Référent" cell may name: by e-mail, "Prénom Nom" or "Nom Prénom". */
export type ReferentIndex = Map<string, string>;
export function referentIndex(users: { id: string; firstName: string; lastName: string; email: string }[]): ReferentIndex {
  const index = new Map<string, string>();
  for (const u of users) {
    for (const key of [u.email.toLowerCase(), normalizeText(`${u.firstName} ${u.lastName}`), normalizeText(`${u.lastName} ${u.firstName}`)]) {
      // Two colleagues of the same name: the name says nobody for sure (the e-mail still does).
      index.set(key, index.has(key) && index.get(key) !== u.id ? "" : u.id);
    }
  }
  return index;
}

export type RowExtras = { numeroDossier: string; referentId: string | null; dernierContact: string | null; observations: string | null };
export type RowCheck =
  | { ok: true; input: UsagerCreate; extras: RowExtras; mapped: Set<ImportField> }
  | { ok: false; errors: Partial<Record<ImportField, string>>; label: string };

const label = (f: ImportField) => IMPORT_FIELD_LABELS[f].replace(/ \(.*\)$/, "");

export function checkRow(cells: string[], mapping: (ImportField | "")[], referents: ReferentIndex, today = new Date()): RowCheck {
  const value: Record<string, unknown> = {
    civilite: "", nom: "", nomNaissance: "", prenom: "", dateNaissancePrecision: "INCONNUE", dateNaissance: "", anneeNaissance: "", telephone: "", email: "", adresse: "", codePostal: "",
    commune: "", quartier: "", siteId: "", situationFamiliale: "", logementStatut: "", bailleur: "", mesureProtection: "AUCUNE",
    mesureOrganisme: "", droitsOuverts: [] as string[], informationDonneeLe: "", foyer: [], budget: [], confirmNotDuplicate: true,
  };
  const extras: RowExtras = { numeroDossier: "", referentId: null, dernierContact: null, observations: null };
  const errors: Partial<Record<ImportField, string>> = {};
  const mapped = new Set<ImportField>();
  const droits = new Set<string>();
  mapping.forEach((field, i) => {
    if (!field) return;
    mapped.add(field);
    const text = (cells[i] ?? "").trim();
    const choice = <T extends string>(labels: Record<T, string>, synonyms: Record<string, T>) => {
      const code = parseChoiceCell(text, labels, synonyms);
      if (code === null) errors[field] = `${label(field)} inconnue : « ${text.slice(0, 60)} » (valeurs possibles : ${Object.values<string>(labels).join(", ")}).`;
      return code ?? "";
    };
    switch (field) {
      case "dateNaissance": {
        // People without papers (decision 0055): an empty cell is an unknown date, a year alone
        // an approximate one; anything else must be a readable date.
        if (!text) break;
        if (/^\d{4}$/.test(text)) {
          Object.assign(value, { dateNaissancePrecision: "ANNEE", anneeNaissance: text });
          break;
        }
        const iso = parseDateCell(text, today);
        if (iso === null) errors[field] = `Date de naissance illisible : ${text.slice(0, 40)}`;
        Object.assign(value, { dateNaissancePrecision: "EXACTE", dateNaissance: iso ?? "" });
        break;
      }
      case "dernierContact": {
        const iso = parseDateCell(text, today);
        if (iso === null) errors[field] = `Dernier contact : date illisible : ${text.slice(0, 40)}`;
        extras.dernierContact = iso || null;
        break;
      }
      case "telephone": value.telephone = parsePhoneCell(text); break;
      // A code postal stored as a number lost its leading 0 (1000 for 01000).
      case "codePostal": value.codePostal = /^\d{4}$/.test(text) ? `0${text}` : text; break;
      case "civilite": value.civilite = choice(CIVILITE_LABELS, CIVILITE_SYNONYMS); break;
      case "situationFamiliale": value.situationFamiliale = choice(SITUATION_FAMILIALE_LABELS, SITUATION_SYNONYMS); break;
      case "logementStatut": value.logementStatut = choice(LOGEMENT_STATUT_LABELS, LOGEMENT_SYNONYMS); break;
      case "droitsOuverts":
        for (const part of text.split(/[,;/+\n]/).map((p) => p.trim()).filter(Boolean)) {
          const code = parseChoiceCell(part, DROIT_OUVERT_LABELS, DROIT_SYNONYMS);
          if (code) droits.add(code);
          else errors[field] = `Droit inconnu : « ${part.slice(0, 40)} ».`;
        }
        break;
      case "referent":
        if (text) {
          const id = referents.get(text.includes("@") ? text.toLowerCase() : normalizeText(text));
          if (id) extras.referentId = id;
          else if (id === "") errors[field] = `Plusieurs comptes portent ce nom : « ${text.slice(0, 60)} ». Indiquez l'e-mail du compte.`;
          else errors[field] = `Référent inconnu : « ${text.slice(0, 60)} » n'est pas un compte de travailleur social de votre structure (nom ou e-mail du compte).`;
        }
        break;
      case "numeroDossier":
        if (text.length > 50) errors[field] = "N° de dossier : 50 caractères au plus.";
        extras.numeroDossier = text;
        break;
      case "observations":
        if (text.length > MAX_LONG_TEXT) errors[field] = `Observations : ${MAX_LONG_TEXT} caractères au plus.`;
        extras.observations = text || null;
        break;
      default:
        if (field.startsWith("droit:")) {
          const yes = parseYesNoCell(text);
          if (yes === null) errors[field] = `${label(field)} : « ${text.slice(0, 40)} » n'est ni oui ni non.`;
          else if (yes) droits.add(field.slice("droit:".length));
        } else value[field] = text;
    }
  });
  value.droitsOuverts = [...droits];
  const parsed = ZUsagerCreate.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "") as ImportField;
      // An unmapped field the form requires: said once, on the field.
      const message = mapped.has(field) ? issue.message : `${issue.message} (colonne « ${label(field)} » absente du fichier ou non associée)`;
      errors[field] ??= message;
    }
  }
  const name = [value.nom, value.prenom].filter(Boolean).join(" ") || "(sans nom)";
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors, label: String(name).slice(0, 200) };
  return { ok: true, input: parsed.data, extras, mapped };
}

export const rowLabel = (c: RowCheck) => (c.ok ? `${c.input.nom} ${c.input.prenom}` : c.label);
