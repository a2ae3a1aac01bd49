// French labels of pièces jointes and the formats accepted (by content, see file-checks.ts).
import { keys } from "../shared/fields";

export const DOCUMENT_TYPE_LABELS = {
  JUSTIFICATIF_RESSOURCES: "Justificatif de ressources",
  JUSTIFICATIF_DOMICILE: "Justificatif de domicile",
  JUSTIFICATIF_IDENTITE: "Justificatif d'identité",
  COURRIER: "Courrier",
  JUGEMENT: "Jugement",
  AUTRE: "Autre",
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPE_LABELS;
export const DOCUMENT_TYPES = keys(DOCUMENT_TYPE_LABELS);

export const MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;
export const MAX_NAME_LENGTH = 150;
/** Soft-deleted documents can be restored for this many days, then the purge job removes them. */
export const RESTORE_DAYS = 30;

/** Accepted formats, by the MIME type detected from the content; first extension is canonical. */
export const ACCEPTED_FORMATS: Record<string, { label: string; extensions: string[]; preview: "image" | "pdf" | null }> = {
  "application/pdf": { label: "PDF", extensions: ["pdf"], preview: "pdf" },
  "image/jpeg": { label: "image JPEG", extensions: ["jpg", "jpeg"], preview: "image" },
  "image/png": { label: "image PNG", extensions: ["png"], preview: "image" },
  // Phones save HEIC; browsers other than Safari cannot show it: offered as a download only.
  "image/heic": { label: "photo HEIC", extensions: ["heic", "heif"], preview: null },
  "image/heif": { label: "photo HEIF", extensions: ["heif", "heic"], preview: null },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { label: "document Word (DOCX)", extensions: ["docx"], preview: null },
  "application/vnd.oasis.opendocument.text": { label: "document texte (ODT)", extensions: ["odt"], preview: null },
};

export const ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,.heic,.heif,.docx,.odt,application/pdf,image/jpeg,image/png,image/heic,image/heif";
export const FORMATS_HINT = "PDF, JPEG, PNG, HEIC, DOCX ou ODT, 15 Mo au plus par fichier";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 0 })} Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}
