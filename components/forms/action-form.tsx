"use client";

// The frame of every form of the one mechanism (use-action-form.ts): the real <form action>, the
// form-level message and the list of field errors with links to the fields (role=alert), and
// the confirmation of a save that stayed on the page (role=status).
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionFormHandle } from "./use-action-form";
import { DraftOffer, DraftStatus } from "./draft-notice";

export function ActionForm({ handle, children, success, className = "form", "aria-label": ariaLabel }: {
  handle: ActionFormHandle;
  children: ReactNode;
  /** Shown once saved, when the action does not send the browser elsewhere; a function reads its result. */
  success?: string | ((data: never) => string);
  className?: string;
  "aria-label"?: string;
}) {
  const errors = handle.summary();
  const saved = handle.state?.ok === true && success ? (typeof success === "function" ? success(handle.state.data as never) : success) : null;
  return (
    <form {...handle.formProps} className={className} aria-label={ariaLabel}>
      {handle.formError || errors.length ? (
        <Alert tone="error" title={handle.formError ?? "Le formulaire contient des erreurs."}>
          {errors.length ? (
            <ErrorLinks errors={errors} interactive={handle.interactive} />
          ) : null}
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {handle.draft && handle.interactive ? <DraftOffer draft={handle.draft} /> : null}
      {children}
      {handle.draft && handle.interactive ? <DraftStatus draft={handle.draft} /> : null}
    </form>
  );
}

/** The submit button: disabled while the action runs. */
export function SubmitButton({ handle, children, pendingLabel, className = "btn" }: {
  handle: ActionFormHandle; children: ReactNode; pendingLabel?: string; className?: string;
}) {
  return (
    <button type="submit" className={className} disabled={handle.pending} aria-disabled={handle.pending}>
      {handle.pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** The visible name of the field of id `id`: its label, or the legend of its group. */
function fieldName(id: string): string | null {
  const el = document.getElementById(id);
  if (!el) return null;
  const labels = "labels" in el ? (el as HTMLInputElement).labels : null;
  const named = el instanceof HTMLFieldSetElement ? el.querySelector("legend") : (labels?.[0] ?? null);
  if (!named) return el.getAttribute("aria-label");
  const copy = named.cloneNode(true) as HTMLElement;
  copy.querySelectorAll("[data-required-mark]").forEach((m) => m.remove());
  return copy.textContent?.trim() || null;
}

/**
 * The links of the error summary. Once the page runs they are named by the fields' labels: the
 * message itself is read with its field (aria-describedby), so a screen reader does not hear it
 * twice. On a page the server rendered (no JavaScript yet) they carry the message.
 */
function ErrorLinks({ errors, interactive }: { errors: { id: string; message: string }[]; interactive: boolean }) {
  // Read during render: once interactive, the summary only appears after a submit, never while
  // hydrating, so the server's markup and the browser's agree.
  const name = (id: string) => (interactive ? fieldName(id) : null);
  return (
    <>
      <p className="sr-only">{errors.length === 1 ? "Une erreur :" : `${errors.length} erreurs :`}</p>
      <ul className="error-summary">
        {errors.map((e) => <li key={e.id}><a href={`#${e.id}`}>{name(e.id) ?? e.message}</a></li>)}
      </ul>
    </>
  );
}
