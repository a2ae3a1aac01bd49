// The annuaire's import: the columns of a partner list (nom, organisme, catégorie, adresse,
// téléphone, e-mail, site, horaires…), each row checked with the annuaire form's own schema
// (ZPartenaire). A partner is the same one when its name and organisme are (case and accents
// aside): the key of the preview's groups and of a re-import that creates nothing twice.
import { normalizeText } from "@/lib/domain/shared/normalize";
import { CATEGORIE_LABELS, type Categorie } from "@/lib/domain/annuaire/labels";
import { ZPartenaire, type Partenaire } from "@/lib/domain/annuaire/schemas";
import { parseChoiceCell, parsePhoneCell } from "./cells";
import { normalizeHeader } from "./fields";

export const PARTENAIRE_KIND = "partenaires";
export type PartenaireField = "nom" | "organisme" | "categorie" | "adresse" | "codePostal" | "commune" | "telephone" | "email" | "siteWeb" | "horaires" | "notes";

export const PARTENAIRE_FIELDS: { code: PartenaireField; label: string; aliases: string[] }[] = [
  { code: "nom", label: "Nom du service", aliases: ["Nom", "Service", "Nom du service", "Structure", "Partenaire", "Intitulé", "Libellé", "Dispositif"] },
  { code: "organisme", label: "Organisme", aliases: ["Organisme", "Institution", "Association", "Organisme gestionnaire", "Gestionnaire", "Rattachement"] },
  { code: "categorie", label: "Catégorie", aliases: ["Catégorie", "Type", "Domaine", "Thème", "Thématique", "Secteur"] },
  { code: "adresse", label: "Adresse", aliases: ["Adresse", "Adresse postale", "Rue", "Lieu"] },
  { code: "codePostal", label: "Code postal", aliases: ["CP", "Code postal", "C.P."] },
  { code: "commune", label: "Commune", aliases: ["Ville", "Commune", "Localité"] },
  { code: "telephone", label: "Téléphone", aliases: ["Téléphone", "Tél", "Tél.", "Tel", "Standard", "N° de téléphone"] },
  { code: "email", label: "E-mail", aliases: ["E-mail", "Email", "Mail", "Courriel", "Adresse mail"] },
  { code: "siteWeb", label: "Site internet", aliases: ["Site", "Site web", "Site internet", "URL", "Web"] },
  { code: "horaires", label: "Horaires", aliases: ["Horaires", "Horaires d'ouverture", "Ouverture", "Permanences", "Jours et horaires"] },
  { code: "notes", label: "Informations pratiques", aliases: ["Informations pratiques", "Infos", "Informations", "Notes", "Observations", "Commentaires", "Remarques", "Modalités d'accès"] },
];
export const PARTENAIRE_FIELD_CODES = PARTENAIRE_FIELDS.map((f) => f.code);
export const PARTENAIRE_FIELD_LABELS = Object.fromEntries(PARTENAIRE_FIELDS.map((f) => [f.code, f.label])) as Record<PartenaireField, string>;

const INDEX = new Map<string, PartenaireField>();
for (const f of PARTENAIRE_FIELDS) for (const a of [f.label, ...f.aliases]) if (!INDEX.has(normalizeHeader(a))) INDEX.set(normalizeHeader(a), f.code);

export const partenaireHeaderScore = (headers: string[]) => headers.filter((h) => INDEX.has(normalizeHeader(h))).length;

export function partenaireMapping(headers: string[], saved: Record<string, string> = {}): (PartenaireField | "")[] {
  const used = new Set<string>();
  return headers.map((h) => {
    const s = saved[normalizeHeader(h)];
    const field = (s !== undefined && (s === "" || (PARTENAIRE_FIELD_CODES as string[]).includes(s)) ? s : (INDEX.get(normalizeHeader(h)) ?? "")) as PartenaireField | "";
    if (!field || used.has(field)) return "";
    used.add(field);
    return field;
  });
}

const CATEGORIE_SYNONYMS: Record<string, Categorie> = {
  "service social": "SERVICE_SOCIAL_DEPARTEMENT", "uts": "SERVICE_SOCIAL_DEPARTEMENT", "departement": "SERVICE_SOCIAL_DEPARTEMENT", "pmi": "PMI",
  "ase": "PROTECTION_ENFANCE", "enfance": "PROTECTION_ENFANCE", "emploi": "INSERTION_EMPLOI", "insertion": "INSERTION_EMPLOI", "france travail": "INSERTION_EMPLOI",
  "mission locale": "INSERTION_EMPLOI", "personnes agees": "AUTONOMIE", "handicap": "AUTONOMIE", "clic": "AUTONOMIE", "mdph": "AUTONOMIE", "logement": "LOGEMENT_HEBERGEMENT",
  "hebergement": "LOGEMENT_HEBERGEMENT", "bailleur": "LOGEMENT_HEBERGEMENT", "sante": "SANTE", "cpam": "ACCES_AUX_DROITS", "caf": "ACCES_AUX_DROITS", "droits": "ACCES_AUX_DROITS",
  "juridique": "ACCES_AUX_DROITS", "caritatif": "ASSOCIATION_CARITATIVE", "aide alimentaire": "ASSOCIATION_CARITATIVE", "association": "ASSOCIATION_CARITATIVE", "divers": "AUTRE",
};

export const partenaireKey = (p: { nom: string; organisme: string | null }) => `${normalizeText(p.nom)}|${normalizeText(p.organisme ?? "")}`;

export type PartenaireRowCheck = { ok: true; input: Partenaire; mapped: Set<PartenaireField>; key: string } | { ok: false; errors: Record<string, string>; label: string };

export function checkPartenaireRow(cells: string[], mapping: (PartenaireField | "")[]): PartenaireRowCheck {
  const value: Record<string, unknown> = { nom: "", organisme: "", categorie: "AUTRE", adresse: "", codePostal: "", commune: "", telephone: "", email: "", siteWeb: "", horaires: "", notes: "", permanences: [] };
  const errors: Record<string, string> = {};
  const mapped = new Set<PartenaireField>();
  mapping.forEach((field, i) => {
    if (!field) return;
    mapped.add(field);
    const text = (cells[i] ?? "").trim();
    if (field === "categorie") {
      // No category in the file: "Autre", to be sorted later in the annuaire.
      const code = text ? parseChoiceCell(text, CATEGORIE_LABELS, CATEGORIE_SYNONYMS) : "AUTRE";
      if (code === null) errors.categorie = `Catégorie inconnue : « ${text.slice(0, 40)} » (${Object.values(CATEGORIE_LABELS).join(", ")}).`;
      else value.categorie = code || "AUTRE";
    } else if (field === "telephone") value.telephone = parsePhoneCell(text);
    else if (field === "siteWeb") value.siteWeb = text && !/^https?:\/\//i.test(text) ? `https://${text}` : text;
    else value[field] = text;
  });
  const parsed = ZPartenaire.safeParse(value);
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_row")] ??= issue.message;
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors, label: String(value.nom || "(sans nom)").slice(0, 200) };
  return { ok: true, input: parsed.data, mapped, key: partenaireKey(parsed.data) };
}
