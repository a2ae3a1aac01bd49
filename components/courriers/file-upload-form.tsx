"use client";

// A form that sends a file to one of the courriers' upload routes. It is a real
// <form method="post" enctype="multipart/form-data">: before hydration the browser posts it and
// follows the route's redirect (errors come back signed in the address, `notice`). Once hydrated
// it posts the same FormData with fetch, shows the French errors on the fields and then opens the
// next page. The server checks everything (type by content, size, placeholders).
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import styles from "./courriers.module.css";

export type UploadNotice = { formError: string; fieldErrors: Record<string, string>; values?: Record<string, string> };
type Answer = { ok: true; next: string } | ({ ok: false } & UploadNotice);
/** The form's own fields; `error(name)` is the server's message for that field. */
export type UploadFields = (error: (name: string) => string | undefined, value: (name: string) => string | undefined) => ReactNode;

export function FileUploadForm({ action, accept, label, hint, submit, notice, fields, ariaLabel }: {
  action: string; accept: string; label: string; hint: ReactNode; submit: string; notice: UploadNotice | null; fields?: UploadFields; ariaLabel: string;
}) {
  const id = useId();
  const router = useRouter();
  const [answer, setAnswer] = useState<UploadNotice | null>(notice);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    try {
      const response = await fetch(action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as Answer | null;
      if (body?.ok) {
        router.push(body.next);
        router.refresh();
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
  const error = (name: string) => answer?.fieldErrors[name];
  const value = (name: string) => notice?.values?.[name];
  return (
    <form method="post" encType="multipart/form-data" action={action} onSubmit={onSubmit} className="form" noValidate aria-label={ariaLabel}>
      {answer ? <Alert tone="error" title={answer.formError} /> : null}
      {fields?.(error, value)}
      <div className={`field${fileError ? " field--error" : ""}`}>
        <label htmlFor={`${id}-file`}>{label}</label>
        <span className="hint" id={`${id}-hint`}>{hint}</span>
        <input id={`${id}-file`} name="file" type="file" accept={accept} aria-invalid={fileError ? true : undefined}
          aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`} />
        {fileError ? <ul className={`field-error ${styles.errors}`} id={`${id}-error`}>{fileError.split("\n").map((m) => <li key={m}>{m}</li>)}</ul> : null}
      </div>
      <div className="actions"><button type="submit" className="btn" disabled={busy}>{busy ? "Envoi en cours…" : submit}</button></div>
    </form>
  );
}
