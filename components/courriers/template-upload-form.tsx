"use client";

// Uploading a template of the structure (a new one, or the next version of one): name, kind of
// record it is written for, description, and the DOCX. Checked by the server on arrival.
import { useId } from "react";
import { SOURCE_LABELS, SOURCES } from "@/lib/domain/courriers/labels";
import { FileUploadForm, type UploadNotice } from "./file-upload-form";

const HINT = "Un document Word (.docx) enregistré depuis Word ou LibreOffice, 5 Mo au plus, sans macros. Les balises entre accolades, comme {usager.nomComplet}, sont remplacées à la génération.";

export function TemplateUploadForm({ modeleId, notice }: { modeleId?: string; notice: UploadNotice | null }) {
  const id = useId();
  return (
    <FileUploadForm
      action="/api/courriers/modeles" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" label="Fichier du modèle (.docx)"
      hint={HINT} submit={modeleId ? "Déposer la nouvelle version" : "Déposer le modèle"} notice={notice} ariaLabel={modeleId ? "Nouvelle version du modèle" : "Nouveau modèle"}
      fields={(error, value) => modeleId ? <input type="hidden" name="modeleId" value={modeleId} /> : (
        <>
          <div className={`field${error("nom") ? " field--error" : ""}`}>
            <label htmlFor={`${id}-nom`}>Nom du modèle</label>
            <input id={`${id}-nom`} name="nom" maxLength={120} defaultValue={value("nom")} aria-invalid={error("nom") ? true : undefined} aria-describedby={error("nom") ? `${id}-nom-error` : undefined} />
            {error("nom") ? <p className="field-error" id={`${id}-nom-error`}>{error("nom")}</p> : null}
          </div>
          <div className={`field${error("source") ? " field--error" : ""}`}>
            <label htmlFor={`${id}-source`}>Se génère depuis</label>
            <span className="hint" id={`${id}-source-hint`}>Détermine les champs disponibles et l&apos;endroit où le modèle est proposé.</span>
            <select id={`${id}-source`} name="source" defaultValue={value("source") ?? ""} aria-invalid={error("source") ? true : undefined} aria-describedby={`${id}-source-hint${error("source") ? ` ${id}-source-error` : ""}`}>
              <option value="">Choisir…</option>
              {SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
            </select>
            {error("source") ? <p className="field-error" id={`${id}-source-error`}>{error("source")}</p> : null}
          </div>
          <div className={`field${error("description") ? " field--error" : ""}`}>
            <label htmlFor={`${id}-description`}>Description (facultative)</label>
            <textarea id={`${id}-description`} name="description" rows={2} maxLength={500} defaultValue={value("description")} />
            {error("description") ? <p className="field-error">{error("description")}</p> : null}
          </div>
        </>
      )}
    />
  );
}

export function LogoUploadForm({ notice }: { notice: UploadNotice | null }) {
  return (
    <FileUploadForm action="/api/courriers/logo" accept=".png,.jpg,.jpeg,image/png,image/jpeg" label="Logo (PNG ou JPEG)"
      hint="1 Mo au plus ; il est réduit à 150 × 60 points en haut à gauche des courriers." submit="Déposer le logo" notice={notice} ariaLabel="Logo des courriers" />
  );
}
