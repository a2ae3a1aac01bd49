"use client";

// The spreadsheet's upload: a real <form method="post" enctype="multipart/form-data"> to
// /api/import (decision 0047). Before hydration the browser posts it and follows the redirect
// (errors come back signed in the address, `notice`); once hydrated it posts the same FormData
// with fetch and shows the French errors on the field. (Same pattern as the courriers' template
// upload form, components/courriers/file-upload-form.tsx.)
import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";

export type UploadNotice = { formError: string; fieldErrors: Record<string, string> };
type Answer = { ok: true; next: string } | ({ ok: false } & UploadNotice);

export function ImportUploadForm({ notice, kind = "usagers" }: { notice: UploadNotice | null; kind?: "usagers" | "partenaires" }) {
  const id = useId();
  const router = useRouter();
  const [answer, setAnswer] = useState<UploadNotice | null>(notice);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    try {
      const response = await fetch("/api/import", { method: "POST", body: new FormData(event.currentTarget), headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as Answer | null;
      if (body?.ok) {
        router.push(body.next);
        return;
      }
      setAnswer(body && !body.ok ? body : { formError: "L'envoi n'a pas abouti. Réessayez.", fieldErrors: {} });
    } catch {
      setAnswer({ formError: "Connexion interrompue pendant l'envoi : rien n'a été enregistré. Réessayez.", fieldErrors: {} });
    } finally {
      setBusy(false);
    }
  }

  const fileError = answer?.fieldErrors.file;
  return (
    <form method="post" encType="multipart/form-data" action="/api/import" onSubmit={onSubmit} className="form" noValidate aria-label={kind === "partenaires" ? "Déposer la liste des partenaires" : "Déposer un fichier à importer"}>
      <input type="hidden" name="kind" value={kind} />
      {answer ? <Alert tone="error" title={answer.formError} /> : null}
      <div className={`field${fileError ? " field--error" : ""}`}>
        <label htmlFor={`${id}-file`}>{kind === "partenaires" ? "Liste des partenaires de l'annuaire (CSV ou Excel .xlsx)" : "Fichier des dossiers (CSV ou Excel .xlsx)"}</label>
        <span className="hint" id={`${id}-hint`}>20 Mo et 100 000 lignes au plus. Un CSV enregistré par Excel (séparateur point-virgule) convient tel quel.</span>
        <input id={`${id}-file`} name="file" type="file" accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={fileError ? true : undefined} aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`} />
        {fileError ? <p className="field-error" id={`${id}-error`}>{fileError}</p> : null}
      </div>
      <div className="actions"><button type="submit" className="btn" disabled={busy}>{busy ? "Lecture du fichier…" : kind === "partenaires" ? "Lire la liste des partenaires" : "Lire le fichier"}</button></div>
    </form>
  );
}
