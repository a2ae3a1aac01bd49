"use client";

// Adding files: a type, an optional confidential flag, one or several files sent one by one
// with a progress bar each. The server checks everything again (content, size, name).
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { ACCEPT_ATTRIBUTE, DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, FORMATS_HINT, MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/labels";
import { ZDocumentUpload } from "@/lib/domain/documents/schemas";
import { uploadFile } from "./upload-files";

type Progress = { key: string; name: string; fraction: number; status: "waiting" | "sending" | "done" | "error"; message?: string };

export function UploadForm({ target }: { target: Record<string, string> }) {
  const id = useId();
  const router = useRouter();
  const [type, setType] = useState("");
  const [confidential, setConfidential] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  // Remounting the file input is the one way to empty it; type and flag stay for the next batch.
  const [fileKey, setFileKey] = useState(0);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = ZDocumentUpload.safeParse({ ...target, type, confidential });
    const next: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) next[String(issue.path[0] ?? "_form")] ??= issue.message;
    if (files.length === 0) next.file = "Choisissez au moins un fichier.";
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    const list: Progress[] = files.map((f, i) => ({ key: `${i}-${f.name}`, name: f.name, fraction: 0, status: "waiting" }));
    setProgress(list);
    const update = (i: number, patch: Partial<Progress>) => setProgress((p) => p.map((x, j) => (j === i ? { ...x, ...patch } : x)));
    let anyDone = false;
    for (const [i, file] of files.entries()) {
      // Refused at once when obviously too big or empty; the server checks again anyway.
      if (file.size > MAX_DOCUMENT_BYTES || file.size === 0) {
        update(i, { status: "error", message: file.size === 0 ? `Le fichier « ${file.name} » est vide (0 octet).` : `Le fichier « ${file.name} » dépasse 15 Mo.` });
        continue;
      }
      update(i, { status: "sending" });
      const answer = await uploadFile(file, { ...target, type, confidential: String(confidential) }, (fraction) => update(i, { fraction }));
      if (answer.ok) {
        anyDone = true;
        update(i, { status: "done", fraction: 1 });
      } else {
        update(i, { status: "error", message: answer.fieldErrors.file ?? answer.formError });
      }
    }
    setBusy(false);
    setFiles([]);
    setFileKey((k) => k + 1);
    if (anyDone) router.refresh();
  }

  return (
    <form className="documents-upload" onSubmit={submit} noValidate aria-describedby={`${id}-hint`}>
      <h3>Ajouter des pièces jointes</h3>
      <p className="muted" id={`${id}-hint`}>{FORMATS_HINT}. Le type est vérifié d&apos;après le contenu du fichier.</p>
      <div className="field-row">
        <div className={`field${errors.type ? " field--error" : ""}`}>
          <label htmlFor={`${id}-type`}>Type de document</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value)} aria-invalid={Boolean(errors.type)}>
            <option value="">Choisir…</option>
            {DOCUMENT_TYPES.map((t) => <option key={t} value={t}>{DOCUMENT_TYPE_LABELS[t]}</option>)}
          </select>
          {errors.type ? <p className="field-error">{errors.type}</p> : null}
        </div>
        <div className={`field${errors.file ? " field--error" : ""}`}>
          <label htmlFor={`${id}-file`}>Fichiers</label>
          <input key={fileKey} id={`${id}-file`} type="file" multiple accept={ACCEPT_ATTRIBUTE} onChange={(e) => setFiles(Array.from(e.target.files ?? []))} aria-invalid={Boolean(errors.file)} />
          {errors.file ? <p className="field-error">{errors.file}</p> : null}
        </div>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} /> Confidentiel : visible seulement par moi et par la ou le responsable
        </label>
      </div>
      {Object.keys(errors).filter((k) => k !== "type" && k !== "file").map((k) => <p key={k} className="field-error" role="alert">{errors[k]}</p>)}
      <div className="actions">
        <button type="submit" className="btn" disabled={busy}>{busy ? "Envoi en cours…" : "Envoyer"}</button>
      </div>
      {progress.length > 0 ? (
        <ul className="documents-progress" aria-live="polite">
          {progress.map((p) => (
            <li key={p.key}>
              <label>
                {p.name} : {p.status === "done" ? "enregistré" : p.status === "error" ? "refusé" : p.status === "waiting" ? "en attente" : `${Math.round(p.fraction * 100)} %`}
                {" "}<progress max={1} value={p.fraction} aria-label={`Envoi de ${p.name}`} />
              </label>
              {p.message ? <p className="field-error" role="alert">{p.message}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
