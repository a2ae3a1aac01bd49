"use client";

import { ZQueueAdd } from "@/lib/domain/accueil/schemas";
import { MOTIF_LABELS } from "@/lib/domain/accueil/labels";
import { addToQueueAction } from "@/lib/actions/accueil";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { options } from "@/components/accompagnements/options";

/** Adding a person to today's queue: the dossier chosen above, or a first name; the motif. */
export function QueueAddForm({ siteId, dossier }: { siteId: string; dossier: { id: string; label: string } | null }) {
  const f = useActionForm({
    schema: ZQueueAdd,
    action: addToQueueAction,
    defaultValues: { siteId, usagerId: dossier?.id ?? "", prenom: "", motif: "" as never },
  });
  return (
    <ActionForm handle={f} aria-label="Inscrire dans la file d'attente">
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="usagerId" value={dossier?.id ?? ""} />
      <div className="field-row">
        {dossier ? <p>Personne : <strong>{dossier.label}</strong></p> : (
          <TextField label="Prénom ou initiales" hint="Sans dossier, ou s'il n'est pas retrouvé." autoComplete="off" maxLength={50} {...f.field("prenom")} />
        )}
        <SelectField label="Motif" {...f.field("motif")}>
          <option value="">Choisir…</option>
          {options(MOTIF_LABELS)}
        </SelectField>
      </div>
      <div className="actions"><SubmitButton handle={f}>Inscrire dans la file</SubmitButton></div>
    </ActionForm>
  );
}
