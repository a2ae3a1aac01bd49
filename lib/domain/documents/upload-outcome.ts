// What a plain form upload (sent without JavaScript, see app/api/documents/route.ts) tells the
// page it returns to, in its query string: how many files were saved, why each refused one was
// refused, and the type and flag chosen (kept for the next try). Codes only: no file name, no
// free text in an address that stays in the browser's history.
import { DOCUMENT_TYPES, FORMATS_HINT, type DocumentType } from "./labels";
import type { FileRefusal } from "./file-checks";

/** A file's own refusals (file-checks.ts), then those of the whole request. */
export type UploadRefusal = FileRefusal | "lien" | "refuse" | "introuvable" | "session" | "echec" | "trop" | "aucun" | "type";

export const UPLOAD_REFUSALS: Record<UploadRefusal, string> = {
  nom: "Nom de fichier refusé (chemin, caractère interdit ou deux extensions) : renommez le fichier, puis choisissez-le de nouveau.",
  vide: "Fichier vide (0 octet) : rien n'a été enregistré pour lui.",
  taille: "Fichier de plus de 15 Mo : réduisez-le (scan en noir et blanc, photo moins grande).",
  format: `Format non accepté (${FORMATS_HINT}) : le type est vérifié d'après le contenu, pas d'après le nom.`,
  extension: "Extension qui ne correspond pas au contenu du fichier : renommez-le avec la bonne extension.",
  lien: "Cet élément (accompagnement, aide ou orientation) n'est pas celui de ce dossier : rien n'a été enregistré.",
  refuse: "Pièce jointe refusée : rien n'a été enregistré pour ce fichier.",
  introuvable: "Dossier introuvable ou inaccessible : rien n'a été enregistré.",
  session: "Votre session a expiré : reconnectez-vous, puis recommencez l'envoi.",
  echec: "L'envoi n'a pas abouti, rien n'a été enregistré. Réessayez dans un instant.",
  trop: "Sans JavaScript, les fichiers d'un même envoi ne doivent pas dépasser 15 Mo ensemble : envoyez-les un par un.",
  aucun: "Choisissez au moins un fichier.",
  type: "Choisissez le type de document.",
};

export type UploadOutcome = { saved: number; refused: UploadRefusal[]; type: DocumentType | ""; confidential: boolean };

const SAVED = "pj-enregistrees";
const REFUSED = "pj-refus";
const TYPE = "pj-type";
const CONFIDENTIAL = "pj-confidentiel";
const PARAMS = [SAVED, REFUSED, TYPE, CONFIDENTIAL];
/** Refusals listed at most (one per file sent). */
const MAX_REFUSALS = 20;

/** `path` (a path of this site, with its query) carrying the outcome instead of a previous one. */
export function withUploadOutcome(path: string, outcome: UploadOutcome): string {
  const url = new URL(path, "http://passerelle.invalid");
  for (const p of PARAMS) url.searchParams.delete(p);
  url.searchParams.set(SAVED, String(outcome.saved));
  if (outcome.refused.length) url.searchParams.set(REFUSED, outcome.refused.slice(0, MAX_REFUSALS).join(","));
  if (outcome.type) url.searchParams.set(TYPE, outcome.type);
  if (outcome.confidential) url.searchParams.set(CONFIDENTIAL, "1");
  return url.pathname + url.search;
}

/** The outcome in a page's query string, or null; anything unknown in it is left out. */
export function readUploadOutcome(search: URLSearchParams): UploadOutcome | null {
  const saved = search.get(SAVED);
  if (saved === null || !/^\d{1,3}$/.test(saved)) return null;
  const refused = (search.get(REFUSED) ?? "").split(",").filter((c): c is UploadRefusal => Object.hasOwn(UPLOAD_REFUSALS, c)).slice(0, MAX_REFUSALS);
  const type = search.get(TYPE) ?? "";
  return { saved: Number(saved), refused, type: (DOCUMENT_TYPES as readonly string[]).includes(type) ? (type as DocumentType) : "", confidential: search.get(CONFIDENTIAL) === "1" };
}

/** The query string without the outcome (once shown, a reload does not show it again). */
export function withoutUploadOutcome(search: URLSearchParams): string {
  const rest = new URLSearchParams(search);
  for (const p of PARAMS) rest.delete(p);
  const text = rest.toString();
  return text ? `?${text}` : "";
}
