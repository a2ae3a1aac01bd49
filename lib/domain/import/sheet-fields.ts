// The workbook's other sheets: household members and contacts history. Each row names its
// dossier (N° de dossier / identifiant, else the main person's name and birth date) and is
// checked with the form's own schema (ZFoyerMembre) or the entretien's rules, with French
// messages per cell. Which sheet is what is proposed from its name and headers.
import { normalizeText } from "@/lib/domain/shared/normalize";
import { MAX_LONG_TEXT } from "@/lib/domain/shared/fields";
import { LIEN_FOYER_LABELS } from "@/lib/domain/usagers/labels";
import { ZFoyerMembre } from "@/lib/domain/usagers/schemas";
import { parseChoiceCell, parseDateCell } from "./cells";
import { normalizeHeader } from "./fields";
import type { ReferentIndex } from "./row-input";

export const SHEET_ROLES = { foyer: "Membres du foyer", entretiens: "Historique des contacts (entretiens)" } as const;
export type SheetRole = keyof typeof SHEET_ROLES;
export type SheetField =
  | "dossier" | "demandeurNom" | "demandeurPrenom" | "demandeurDateNaissance"
  | "nom" | "prenom" | "dateNaissance" | "lien" | "date" | "auteur" | "resume";

/** One other sheet of the workbook as the job keeps it. */
export type ImportSheet = { name: string; role: SheetRole | ""; headers: string[]; mapping: (SheetField | "")[]; totalRows: number };

type FieldDef = { code: SheetField; label: string; aliases: string[] };
const LINK_FIELDS: FieldDef[] = [
  { code: "dossier", label: "N° de dossier / identifiant du dossier", aliases: ["N° de dossier", "Numéro de dossier", "N° dossier", "Dossier", "Identifiant", "ID", "Id usager", "Référence", "Réf", "Matricule", "Identifiant dossier"] },
  { code: "demandeurNom", label: "Nom de la personne du dossier", aliases: ["Nom du demandeur", "Nom demandeur", "Nom de l'usager", "Nom usager", "Nom du titulaire", "Nom du dossier", "Usager"] },
  { code: "demandeurPrenom", label: "Prénom de la personne du dossier", aliases: ["Prénom du demandeur", "Prénom demandeur", "Prénom de l'usager", "Prénom usager", "Prénom du titulaire"] },
  { code: "demandeurDateNaissance", label: "Date de naissance de la personne du dossier", aliases: ["Date de naissance du demandeur", "DDN demandeur", "DDN usager", "Date de naissance de l'usager"] },
];

export const SHEET_FIELDS: Record<SheetRole, FieldDef[]> = {
  foyer: [
    ...LINK_FIELDS,
    { code: "nom", label: "Nom du membre", aliases: ["Nom", "Nom du membre", "Nom membre", "Nom de famille", "NOM"] },
    { code: "prenom", label: "Prénom du membre", aliases: ["Prénom", "Prénom du membre", "Prénom membre", "Prénoms"] },
    { code: "dateNaissance", label: "Date de naissance du membre", aliases: ["Date de naissance", "DDN", "Né(e) le", "Né le", "Née le", "Date naissance", "Naissance"] },
    { code: "lien", label: "Lien avec la personne", aliases: ["Lien", "Lien de parenté", "Parenté", "Lien familial", "Qualité", "Relation"] },
  ],
  entretiens: [
    ...LINK_FIELDS,
    { code: "date", label: "Date du contact", aliases: ["Date", "Date du contact", "Date contact", "Date de l'entretien", "Date entretien", "Date du RDV", "Le"] },
    { code: "auteur", label: "Auteur (nom ou e-mail d'un compte)", aliases: ["Auteur", "Par", "Intervenant", "Intervenante", "Travailleur social", "TS", "Référent", "Agent", "Vu par"] },
    { code: "resume", label: "Résumé", aliases: ["Résumé", "Objet", "Compte rendu", "Compte-rendu", "Commentaire", "Commentaires", "Observations", "Notes", "Motif", "Contenu"] },
  ],
};

export const SHEET_FIELD_LABELS = Object.fromEntries(
  Object.values(SHEET_FIELDS).flat().map((f) => [f.code, f.label]),
) as Record<SheetField, string>;
export const SHEET_FIELD_CODES = [...new Set(Object.values(SHEET_FIELDS).flat().map((f) => f.code))];

const indexOf = (role: SheetRole) => {
  const index = new Map<string, SheetField>();
  for (const f of SHEET_FIELDS[role]) for (const a of [f.label, ...f.aliases]) if (!index.has(normalizeHeader(a))) index.set(normalizeHeader(a), f.code);
  return index;
};
const INDEXES: Record<SheetRole, Map<string, SheetField>> = { foyer: indexOf("foyer"), entretiens: indexOf("entretiens") };

export function sheetMapping(role: SheetRole | "", headers: string[]): (SheetField | "")[] {
  if (!role) return headers.map(() => "");
  const used = new Set<string>();
  return headers.map((h) => {
    const field = INDEXES[role].get(normalizeHeader(h)) ?? "";
    if (!field || used.has(field)) return "";
    used.add(field);
    return field;
  });
}

const NAME_HINTS: Record<SheetRole, RegExp> = {
  foyer: /\b(foyer|membres?|composition|famille|menage|enfants?|ayants? droit)\b/,
  entretiens: /\b(contacts?|entretiens?|historique|suivis?|rdv|rendez vous|passages?|notes?)\b/,
};

/** The role a sheet's name says, if any. */
export const roleFromName = (name: string): SheetRole | "" =>
  NAME_HINTS.foyer.test(normalizeText(name)) ? "foyer" : NAME_HINTS.entretiens.test(normalizeText(name)) ? "entretiens" : "";

/** The role proposed for a sheet: its name, else the headers (a "Lien" column: members; "Résumé": contacts). */
export function guessRole(name: string, headers: string[]): SheetRole | "" {
  const byName = roleFromName(name);
  if (byName) return byName;
  const foyer = sheetMapping("foyer", headers);
  const entretiens = sheetMapping("entretiens", headers);
  if (foyer.includes("lien")) return "foyer";
  if (entretiens.includes("resume") && entretiens.includes("date")) return "entretiens";
  return "";
}

export type SheetRowCheck =
  | { ok: true; link: { dossier: string; nom: string; prenom: string; dateNaissance: string }; key: string; label: string;
      value: { nom: string; prenom: string; dateNaissance: string; lien: keyof typeof LIEN_FOYER_LABELS } | { date: string; authorId: string | null; resume: string } }
  | { ok: false; errors: Record<string, string>; label: string };

const LIEN_SYNONYMS: Record<string, keyof typeof LIEN_FOYER_LABELS> = {
  conjoint: "CONJOINT", conjointe: "CONJOINT", epoux: "CONJOINT", epouse: "CONJOINT", mari: "CONJOINT", femme: "CONJOINT", concubin: "CONJOINT", concubine: "CONJOINT",
  compagnon: "CONJOINT", compagne: "CONJOINT", fils: "ENFANT", fille: "ENFANT", enfants: "ENFANT", pere: "PARENT", mere: "PARENT", frere: "FRERE_SOEUR", soeur: "FRERE_SOEUR",
  "grand mere": "AUTRE_FAMILLE", "grand pere": "AUTRE_FAMILLE", "petit fils": "AUTRE_FAMILLE", "petite fille": "AUTRE_FAMILLE", neveu: "AUTRE_FAMILLE", niece: "AUTRE_FAMILLE",
  oncle: "AUTRE_FAMILLE", tante: "AUTRE_FAMILLE", cousin: "AUTRE_FAMILLE", cousine: "AUTRE_FAMILLE",
};

/** One row of a members or contacts sheet → what will be written, or French messages per field. */
export function checkSheetRow(role: SheetRole, cells: string[], mapping: (SheetField | "")[], referents: ReferentIndex, today = new Date()): SheetRowCheck {
  const get = (f: SheetField) => {
    const i = mapping.indexOf(f);
    return i < 0 ? "" : (cells[i] ?? "").trim();
  };
  const errors: Record<string, string> = {};
  const link = { dossier: get("dossier"), nom: get("demandeurNom"), prenom: get("demandeurPrenom"), dateNaissance: "" };
  if (link.dossier.length > 50) errors.dossier = "N° de dossier : 50 caractères au plus.";
  const parentBirth = parseDateCell(get("demandeurDateNaissance"), today);
  if (parentBirth === null) errors.demandeurDateNaissance = `Date de naissance illisible : ${get("demandeurDateNaissance").slice(0, 40)}`;
  else link.dateNaissance = parentBirth;
  if (!link.dossier && !(link.nom && link.prenom)) {
    errors._row = "Dossier introuvable : indiquez le N° de dossier (ou l'identifiant), ou le nom, le prénom et la date de naissance de la personne du dossier.";
  }

  if (role === "foyer") {
    const birth = parseDateCell(get("dateNaissance"), today);
    if (birth === null) errors.dateNaissance = `Date de naissance illisible : ${get("dateNaissance").slice(0, 40)}`;
    const lien = parseChoiceCell(get("lien"), LIEN_FOYER_LABELS, LIEN_SYNONYMS);
    if (lien === null) errors.lien = `Lien inconnu : « ${get("lien").slice(0, 40)} » (conjoint·e, enfant, parent, frère ou sœur, autre membre de la famille, autre).`;
    const value = { nom: get("nom"), prenom: get("prenom"), dateNaissance: birth ?? "", lien: lien || "AUTRE" };
    const parsed = ZFoyerMembre.safeParse(value);
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_row")] ??= issue.message;
    const label = `${value.nom} ${value.prenom}`.trim() || "(sans nom)";
    if (!parsed.success || Object.keys(errors).length) return { ok: false, errors, label };
    const key = `${normalizeText(parsed.data.nom)}|${normalizeText(parsed.data.prenom)}|${parsed.data.dateNaissance}`;
    return { ok: true, link, key, label, value: { ...parsed.data, dateNaissance: parsed.data.dateNaissance } };
  }

  const date = parseDateCell(get("date"), today);
  if (date === null) errors.date = `Date du contact illisible : ${get("date").slice(0, 40)}`;
  else if (!date) errors.date = "La date du contact est obligatoire.";
  else if (date > today.toISOString().slice(0, 10)) errors.date = `La date du contact est dans le futur : ${get("date").slice(0, 40)}`;
  const resume = get("resume");
  if (!resume) errors.resume = "Le résumé est obligatoire.";
  else if (resume.length > MAX_LONG_TEXT) errors.resume = `Résumé : ${MAX_LONG_TEXT} caractères au plus.`;
  const author = get("auteur");
  let authorId: string | null = null;
  if (author) {
    const id = referents.get(author.includes("@") ? author.toLowerCase() : normalizeText(author));
    if (id) authorId = id;
    else if (id === "") errors.auteur = `Plusieurs comptes portent ce nom : « ${author.slice(0, 60)} ». Indiquez l'e-mail du compte.`;
    else errors.auteur = `Auteur inconnu : « ${author.slice(0, 60)} » n'est pas un compte de votre structure (nom ou e-mail du compte). Videz la cellule pour attribuer le contact à la personne qui importe.`;
  }
  const label = `Contact du ${date ? date.split("-").reverse().join("/") : "?"}`;
  if (Object.keys(errors).length) return { ok: false, errors, label };
  return { ok: true, link, key: `${date}|${normalizeText(resume).slice(0, 200)}`, label, value: { date: date!, authorId, resume } };
}
