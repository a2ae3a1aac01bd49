"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZEntretien, type Entretien, type EntretienInput } from "@/lib/domain/entretiens/schemas";
import { CANAL_LABELS, DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { createEntretienAction } from "@/lib/actions/entretiens";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { formatCalendarDate } from "@/lib/format";

const ACC_LABELS: Record<string, string> = { INDIVIDUEL: "Individuel", BUDGETAIRE: "Budgétaire", LOGEMENT: "Logement", ERRANCE: "Errance" };

export function EntretienForm({ usagerId, accompagnements, defaults }: {
  usagerId: string;
  accompagnements: { id: string; type: string; debut: string }[];
  defaults: { date: string; accompagnementId: string; rendezVousId?: string; canal?: Entretien["canal"]; dureeMinutes?: number };
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EntretienInput, unknown, Entretien>({
    resolver: zodResolver(ZEntretien),
    defaultValues: {
      usagerId, date: defaults.date, dureeMinutes: defaults.dureeMinutes ?? 30, canal: defaults.canal ?? "BUREAU", objets: [], objetPrecision: "", resume: "",
      noteConfidentielle: "", suites: "", rappelLe: "", accompagnementId: defaults.accompagnementId, rendezVousId: defaults.rendezVousId ?? "",
    },
  });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await createEntretienAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/usagers/${usagerId}#historique`);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <TextField label="Date et heure" type="datetime-local" error={errors.date?.message} {...register("date")} />
        <TextField label="Durée (minutes)" type="number" min={1} max={600} inputMode="numeric" error={errors.dureeMinutes?.message} {...register("dureeMinutes")} />
        <SelectField label="Mode d'entretien" error={errors.canal?.message} {...register("canal")}>
          {Object.entries(CANAL_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <fieldset>
        <legend>Objet de l&apos;entretien</legend>
        <div className="checkbox-grid">
          {Object.entries(DOMAINE_LABELS).map(([v, l]) => (
            <label key={v} className="checkbox"><input type="checkbox" value={v} {...register("objets")} /><span>{l}</span></label>
          ))}
        </div>
        {errors.objets ? <p className="field-error">{errors.objets.message ?? "Objet inconnu."}</p> : null}
        <TextField label="Précision sur l'objet" error={errors.objetPrecision?.message} {...register("objetPrecision")} />
      </fieldset>
      <TextAreaField label="Compte rendu" rows={6} hint="Restez factuel : la personne peut demander à lire ce qui est écrit sur elle." error={errors.resume?.message} {...register("resume")} />
      <TextAreaField
        label="Note confidentielle"
        rows={3}
        hint="Visible par vous seul·e, y compris vis-à-vis de la ou du responsable. Elle reste communicable à la personne au titre de son droit d'accès."
        error={errors.noteConfidentielle?.message}
        {...register("noteConfidentielle")}
      />
      <TextAreaField label="Suites à donner" rows={3} error={errors.suites?.message} {...register("suites")} />
      <div className="field-row">
        <TextField label="Me le rappeler le" type="date" hint="Le rappel apparaît dans votre liste « À faire »." error={errors.rappelLe?.message} {...register("rappelLe")} />
        <SelectField label="Accompagnement concerné" error={errors.accompagnementId?.message} {...register("accompagnementId")}>
          <option value="">Aucun</option>
          {accompagnements.map((a) => (
            <option key={a.id} value={a.id}>{`${ACC_LABELS[a.type] ?? a.type}, depuis le ${formatCalendarDate(new Date(a.debut))}`}</option>
          ))}
        </SelectField>
      </div>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer l&apos;entretien</button>
      </div>
    </form>
  );
}
