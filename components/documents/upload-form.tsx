"use client";

// Adding files: a type, an optional confidential flag, one or several files. Once the page runs,
// the files are sent one by one with a progress bar each (upload-files.ts); before that, or
// without JavaScript, the form posts them itself to the same route, which comes back here with
// the outcome in the address (upload-outcome.ts). The server checks everything again.
import { useEffect, useId, useState, type FormEvent } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ACCEPT_ATTRIBUTE, DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, FORMATS_HINT, MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/labels";
import { ZDocumentUpload } from "@/lib/domain/documents/schemas";
import { readUploadOutcome, UPLOAD_REFUSALS, withoutUploadOutcome } from "@/lib/domain/documents/upload-outcome";
import { Alert } from "@/components/ui/alert";
import { uploadFile } from "./upload-files";

type Progress = { key: string; name: string; fraction: number; status: "waiting" | "sending" | "done" | "error"; message?: string };

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

export function UploadForm({ target }: { target: Record<string, string> }) {
  const id = useId();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  // What a post without JavaScript came back with (shown once: the address is cleaned below).
  const [outcome] = useState(() => readUploadOutcome(new URLSearchParams(search.toString())));
  const [errors, setErrors] = useState<Record<string, string>>(() => fieldErrorsOf(outcome?.refused ?? []));
  const [progress, setProgress] = useState<Progress[]>([]);
  const [busy, setBusy] = useState(false);
  // Remounting the file input is the one way to empty it; type and flag stay for the next batch.
  const [fileKey, setFileKey] = useState(0);

  useEffect(() => {
    if (outcome) window.history.replaceState(window.history.state, "", `${pathname}${withoutUploadOutcome(new URLSearchParams(window.location.search))}`);
  }, [outcome, pathname]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The fields are the browser's own (what was chosen before hydration stays chosen).
    const data = new FormData(event.currentTarget);
    const type = String(data.get("type") ?? "");
    const confidential = data.has("confidential");
    const files = data.getAll("file").filter((f): f is File => typeof f !== "string" && (f.size > 0 || f.name !== ""));
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
    setFileKey((k) => k + 1);
    if (anyDone) router.refresh();
  }

  const sentWithoutScript = outcome && (outcome.saved > 0 || outcome.refused.some((r) => !(r in FIELD_OF)));
  return (
    <form className="documents-upload" method="post" encType="multipart/form-data" action="/api/documents" onSubmit={submit} noValidate aria-describedby={`${id}-hint`}>
      <h3>Ajouter des pièces jointes</h3>
      <p className="muted" id={`${id}-hint`}>{FORMATS_HINT}. Le type est vérifié d&apos;après le contenu du fichier.</p>
      {sentWithoutScript ? <OutcomeSummary saved={outcome.saved} refused={outcome.refused.filter((r) => !(r in FIELD_OF))} /> : null}
      {Object.entries(target).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <input type="hidden" name="retour" value={`${pathname}${withoutUploadOutcome(new URLSearchParams(search.toString()))}`} />
      <div className="field-row">
        <div className={`field${errors.type ? " field--error" : ""}`}>
          <label htmlFor={`${id}-type`}>Type de document</label>
          <select id={`${id}-type`} name="type" defaultValue={outcome?.type ?? ""} aria-invalid={Boolean(errors.type)}
            aria-describedby={errors.type ? `${id}-type-error` : undefined}>
            <option value="">Choisir…</option>
            {DOCUMENT_TYPES.map((t) => <option key={t} value={t}>{DOCUMENT_TYPE_LABELS[t]}</option>)}
          </select>
          {errors.type ? <p className="field-error" id={`${id}-type-error`}>{errors.type}</p> : null}
        </div>
        <div className={`field${errors.file ? " field--error" : ""}`}>
          <label htmlFor={`${id}-file`}>Fichiers</label>
          <input key={fileKey} id={`${id}-file`} name="file" type="file" multiple accept={ACCEPT_ATTRIBUTE}
            aria-invalid={Boolean(errors.file)} aria-describedby={errors.file ? `${id}-file-error` : undefined} />
          {errors.file ? <p className="field-error" id={`${id}-file-error`}>{errors.file}</p> : null}
        </div>
      </div>
      <div className="field checkbox">
        <input type="checkbox" id={`${id}-confidential`} name="confidential" value="true" defaultChecked={outcome?.confidential ?? false} />
        <label htmlFor={`${id}-confidential`}>Confidentiel : visible seulement par moi et par la ou le responsable</label>
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

/** Refusals that belong to a field of the form rather than to a file. */
const FIELD_OF: Partial<Record<string, "type" | "file">> = { type: "type", aucun: "file" };

function fieldErrorsOf(refused: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const r of refused) {
    const field = FIELD_OF[r];
    if (field) errors[field] = UPLOAD_REFUSALS[r as keyof typeof UPLOAD_REFUSALS];
  }
  return errors;
}

/** The outcome of a post without JavaScript: files saved, and why each refused one was refused. */
function OutcomeSummary({ saved, refused }: { saved: number; refused: (keyof typeof UPLOAD_REFUSALS)[] }) {
  return (
    <>
      {saved > 0 ? <Alert tone="success">{`${saved} ${plural(saved, "pièce jointe enregistrée", "pièces jointes enregistrées")}.`}</Alert> : null}
      {refused.length > 0 ? (
        <Alert tone="error" title={`${refused.length} ${plural(refused.length, "envoi refusé", "envois refusés")} : choisissez de nouveau ${plural(refused.length, "le fichier", "les fichiers")} à envoyer.`}>
          <ul>{refused.map((r, i) => <li key={`${r}-${i}`}>{UPLOAD_REFUSALS[r]}</li>)}</ul>
        </Alert>
      ) : null}
    </>
  );
}
