// A template of the structure filled for one record (docxtemplater, the same engine as the
// built-in letters). A template was checked at upload; a failure here (a part docxtemplater
// cannot render) is a French refusal, never an unexpected error.
import PizZip from "pizzip";
import { DomainError } from "@/lib/domain/errors";
import { fillDocx } from "@/lib/domain/shared/letter/docx-engine";
import { log } from "@/lib/log";

export function renderTemplate(fichier: Uint8Array, data: Record<string, unknown>): Buffer {
  try {
    return fillDocx(new PizZip(fichier), data);
  } catch (error) {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, "courrier_template_render_failed");
    const message = "Ce modèle n'a pas pu être rempli : déposez-en une nouvelle version (ouverte et enregistrée de nouveau dans Word ou LibreOffice).";
    throw new DomainError(message, { modele: message });
  }
}
