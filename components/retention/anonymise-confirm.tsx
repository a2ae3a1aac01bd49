"use client";

// The explicit, second step of an anonymisation: what it does, the box to tick, the button.
import type { ZAnonymiseSelection } from "@/lib/domain/retention/schemas";
import type { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/forms/action-form";

export type AnonymiseForm = ReturnType<typeof useActionForm<typeof ZAnonymiseSelection>>;

export function AnonymiseConfirm({ count, f }: { count: number; f: AnonymiseForm }) {
  const box = f.group("confirme");
  return (
    <div role="group" aria-labelledby={`${box.id}-titre`}>
      <h3 id={`${box.id}-titre`}>Confirmer l&apos;anonymisation {count ? `de ${count} dossier(s)` : "de la sélection"}</h3>
      <p>L&apos;identité et les textes libres seront effacés définitivement ; seuls les éléments statistiques (types, statuts, dates, montants) sont conservés. Cette action est irréversible et journalisée.</p>
      <label className="checkbox">
        <input {...f.checkbox("confirme")} id={box.id} aria-invalid={box.error ? true : undefined} aria-describedby={box.error ? `${box.id}-error` : undefined} />
        <span>J&apos;ai vérifié l&apos;aperçu et je confirme l&apos;anonymisation</span>
      </label>
      {box.error ? <p className="field-error" id={`${box.id}-error`}>{box.error}</p> : null}
      <div className="actions">
        <SubmitButton handle={f} className="btn btn--danger">Confirmer l&apos;anonymisation</SubmitButton>
      </div>
    </div>
  );
}
