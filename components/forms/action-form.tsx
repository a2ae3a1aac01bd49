"use client";

// The frame of every form of the one mechanism (use-action-form.ts): the real <form action>, the
// form-level message and the list of field errors with links to the fields (role=alert), and
// the confirmation of a save that stayed on the page (role=status).
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionFormHandle } from "./use-action-form";

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
            <ul className="error-summary">
              {errors.map((e) => <li key={e.id}><a href={`#${e.id}`}>{e.message}</a></li>)}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {children}
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
