"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZErrance, type Errance, type ErranceInput } from "@/lib/domain/accompagnements/schemas";
import { SIAO_STATUT_LABELS } from "@/lib/domain/accompagnements/labels";
import { saveErranceAction } from "@/lib/actions/accompagnements";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useCloseDisclosure } from "./disclosure";
import { options } from "./options";

export function ErranceForm({ initial, today }: { initial: ErranceInput; today: string }) {
  const router = useRouter();
  const close = useCloseDisclosure();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ErranceInput, unknown, Errance>({ resolver: zodResolver(ZErrance), defaultValues: initial });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const { fields, prepend, remove } = useFieldArray({ control, name: "contactsMaraude" });

  async function onSubmit() {
    setFormError(null);
    const result = await saveErranceAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    close();
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Modifier la situation d'errance">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField label="Lieu de vie" hint="Où la personne vit ou dort : rue, squat, véhicule, hébergement chez un tiers…" error={errors.lieuVie?.message} {...register("lieuVie")} />
      <fieldset>
        <legend>Domiciliation</legend>
        <TextField label="Organisme de domiciliation" error={errors.domiciliationOrganisme?.message} {...register("domiciliationOrganisme")} />
        <div className="field-row">
          <TextField label="Début" type="date" error={errors.domiciliationDebut?.message} {...register("domiciliationDebut")} />
          <TextField label="Fin" type="date" error={errors.domiciliationFin?.message} {...register("domiciliationFin")} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Demande SIAO</legend>
        <div className="field-row">
          <TextField label="Date de la demande" type="date" error={errors.siaoDemandeLe?.message} {...register("siaoDemandeLe")} />
          <SelectField label="Statut de la demande" error={errors.siaoStatut?.message} {...register("siaoStatut")}>
            <option value="">Non renseigné</option>
            {options(SIAO_STATUT_LABELS)}
          </SelectField>
        </div>
      </fieldset>
      <fieldset>
        <legend>Contacts avec la maraude</legend>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => prepend({ date: today, lieu: "", observations: "" })}>
          Ajouter un contact
        </button>
        {fields.map((field, i) => (
          <fieldset key={field.id}>
            <legend>Contact {i + 1}</legend>
            <div className="repeat-row">
              <TextField label="Date" type="date" error={errors.contactsMaraude?.[i]?.date?.message} {...register(`contactsMaraude.${i}.date`)} />
              <TextField label="Lieu" error={errors.contactsMaraude?.[i]?.lieu?.message} {...register(`contactsMaraude.${i}.lieu`)} />
              <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(i)}>
                Retirer<span className="sr-only"> le contact {i + 1}</span>
              </button>
            </div>
            <TextAreaField label="Observations" hint="Restez factuel : la personne peut lire son dossier." rows={2}
              error={errors.contactsMaraude?.[i]?.observations?.message} {...register(`contactsMaraude.${i}.observations`)} />
          </fieldset>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer</button>
      </div>
    </form>
  );
}
