"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZRendezVousCreate, type RendezVousCreate, type RendezVousCreateInput } from "@/lib/domain/agenda/schemas";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { createRendezVousAction } from "@/lib/actions/agenda";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

type Option = { id: string; label: string };
type Props = { usagerId: string; date: string; travailleurId: string; workers: Option[]; sites: Option[]; hasContact: boolean };

export function RendezVousForm({ usagerId, date, travailleurId, workers, sites, hasContact }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RendezVousCreateInput, unknown, RendezVousCreate>({
    resolver: zodResolver(ZRendezVousCreate),
    defaultValues: {
      usagerId, travailleurId: workers.some((w) => w.id === travailleurId) ? travailleurId : (workers[0]?.id ?? ""), kind: "BUREAU",
      siteId: "", date, debut: "09:00", fin: "09:45", lieuPrecision: "", objet: "", rappelConsenti: false,
    },
  });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    setFormError(null);
    const result = await createRendezVousAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/agenda/rendez-vous/${result.data.id}`);
    router.refresh();
  }

  return (
    <form className="form card" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="field-row">
        <SelectField label="Travailleur social" error={errors.travailleurId?.message} {...register("travailleurId")}>
          {workers.map((w) => <option key={w.id} value={w.id}>{w.label}</option>)}
        </SelectField>
        <SelectField label="Type de rendez-vous" error={errors.kind?.message} {...register("kind")}>
          {Object.entries(RDV_KIND_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <SelectField label="Site" error={errors.siteId?.message} {...register("siteId")}>
          <option value="">Aucun (domicile, téléphone)</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField label="Date" type="date" error={errors.date?.message} {...register("date")} />
        <TextField label="Heure de début" type="time" step={300} error={errors.debut?.message} {...register("debut")} />
        <TextField label="Heure de fin" type="time" step={300} error={errors.fin?.message} {...register("fin")} />
      </div>
      <TextField label="Précision sur le lieu (facultative)" error={errors.lieuPrecision?.message} {...register("lieuPrecision")} />
      <TextField label="Objet (facultatif)" hint="Restez bref et factuel : la personne peut lire ce qui est écrit sur elle." error={errors.objet?.message} {...register("objet")} />
      <label className="checkbox">
        <input type="checkbox" disabled={!hasContact} {...register("rappelConsenti")} />
        <span>La personne accepte un rappel par SMS ou e-mail deux jours avant{hasContact ? "" : " (aucun téléphone ni e-mail au dossier)"}</span>
      </label>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer le rendez-vous</button>
      </div>
    </form>
  );
}
