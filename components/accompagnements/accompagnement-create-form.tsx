"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  ZAccompagnementCreate, type AccompagnementCreate, type AccompagnementCreateInput,
} from "@/lib/domain/accompagnements/schemas";
import { ACCOMPAGNEMENT_TYPE_LABELS, type AccompagnementType } from "@/lib/domain/accompagnements/labels";
import { openAccompagnementAction } from "@/lib/actions/accompagnements";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { options } from "./options";

type Person = { id: string; firstName: string; lastName: string };

/** A RESPONSABLE chooses the référent; a travailleur social opens the accompagnement for themself. */
export function AccompagnementCreateForm({ usagerId, type, today, referents, actorId, isResponsable }: {
  usagerId: string; type: AccompagnementType | ""; today: string; referents: Person[]; actorId: string; isResponsable: boolean;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AccompagnementCreateInput, unknown, AccompagnementCreate>({
    resolver: zodResolver(ZAccompagnementCreate),
    defaultValues: { usagerId, type: type || undefined, referentId: isResponsable ? actorId : "", debut: today, finPrevue: "", demarre: false },
  });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await openAccompagnementAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/usagers/${usagerId}/accompagnements/${result.data.id}`);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField label="Type d'accompagnement" error={errors.type?.message} {...register("type")}>
        <option value="">Choisir…</option>
        {options(ACCOMPAGNEMENT_TYPE_LABELS)}
      </SelectField>
      {isResponsable ? (
        <SelectField label="Référent·e de l'accompagnement" error={errors.referentId?.message} {...register("referentId")}>
          {referents.map((r) => <option key={r.id} value={r.id}>{r.lastName} {r.firstName}{r.id === actorId ? " (vous)" : ""}</option>)}
        </SelectField>
      ) : (
        <p className="hint">Vous serez le ou la référent·e de cet accompagnement.{errors.referentId ? <span className="field-error"> {errors.referentId.message}</span> : null}</p>
      )}
      <div className="field-row">
        <TextField label="Date de début" type="date" error={errors.debut?.message} {...register("debut")} />
        <TextField label="Date de fin prévue" type="date" hint="Facultative, 5 ans au plus" error={errors.finPrevue?.message} {...register("finPrevue")} />
      </div>
      <div className="field checkbox">
        <input id="demarre" type="checkbox" {...register("demarre")} />
        <label htmlFor="demarre">La personne a donné son accord : l&apos;accompagnement commence tout de suite (sinon, il est seulement proposé).</label>
      </div>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Ouvrir l&apos;accompagnement</button>
        <Link className="btn btn--secondary" href={`/usagers/${usagerId}`}>Annuler</Link>
      </div>
    </form>
  );
}
