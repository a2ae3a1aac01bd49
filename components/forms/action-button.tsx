"use client";

// A one-click action (mark done, change a status, restore…) of the one mechanism: a small real
// <form action> with its fields hidden, so it works before hydration too, and the French answer
// next to the button. A button that needs confirmation first shows a "Confirmer" step in a
// <details>, which needs no JavaScript either.
import { startTransition, useActionState, type FormEvent, type ReactNode } from "react";
import type { FormAction } from "./use-action-form";

export function ActionButton({ action, fields, children, success, confirm, confirmLabel = "Confirmer", confirmClassName, className = "btn btn--small" }: {
  action: FormAction;
  /** The payload, one hidden field each (lists as repeated fields). */
  fields: Record<string, string | string[]>;
  children: ReactNode;
  /** The confirmation announced once done; a function reads the action's result. */
  success?: string | ((data: never) => string);
  /** A question asked before acting ("Arrêter cette permanence ?"): the button then opens it. */
  confirm?: string;
  /** The button that confirms (default "Confirmer"), and its class (default: the button's). */
  confirmLabel?: ReactNode;
  confirmClassName?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const done = state?.ok ? (typeof success === "function" ? success(state.data as never) : success) : null;
  const message = state ? (state.ok ? done : (Object.values(state.fieldErrors)[0] ?? state.formError)) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const form = (label: ReactNode, buttonClass: string) => (
    <form action={formAction} onSubmit={onSubmit} className="inline-form">
      {Object.entries(fields).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((v, i) => <input key={`${name}-${i}`} type="hidden" name={name} value={v} />))}
      <button type="submit" className={buttonClass} disabled={pending}>{label}</button>
    </form>
  );

  return (
    <span className="action-button">
      {confirm ? (
        <details className="confirm">
          {/* role=button: what browsers expose a summary as, spelled out for every tool. */}
          <summary role="button" className={className}>{children}</summary>
          <span>{confirm} </span>
          {form(confirmLabel, confirmClassName ?? className)}
        </details>
      ) : form(children, className)}
      {message ? <span role={state?.ok ? "status" : "alert"} className={state?.ok ? "muted" : "field-error"}>{message}</span> : null}
    </span>
  );
}
