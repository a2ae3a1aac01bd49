"use client";

import { ZRendezVousCreate } from "@/lib/domain/agenda/schemas";
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { createRendezVousAction } from "@/lib/actions/agenda";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";

type Option = { id: string; label: string };
type Props = { usagerId: string; date: string; travailleurId: string; workers: Option[]; sites: Option[]; hasContact: boolean };

export function RendezVousForm({ usagerId, date, travailleurId, workers, sites, hasContact }: Props) {
  const f = useActionForm({
    schema: ZRendezVousCreate,
    action: createRendezVousAction,
    defaultValues: {
      usagerId, travailleurId: workers.some((w) => w.id === travailleurId) ? travailleurId : (workers[0]?.id ?? ""), kind: "BUREAU",
      siteId: "", date, debut: "09:00", fin: "09:45", lieuPrecision: "", objet: "", rappelConsenti: false,
    },
  });

  return (
    <ActionForm handle={f} className="form card">
      <input type="hidden" {...f.field("usagerId")} />
      <div className="field-row">
        <SelectField label="Travailleur social" {...f.field("travailleurId")}>
          {workers.map((w) => <option key={w.id} value={w.id}>{w.label}</option>)}
        </SelectField>
        <SelectField label="Type de rendez-vous" {...f.field("kind")}>
          {Object.entries(RDV_KIND_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <SelectField label="Site" {...f.field("siteId")}>
          <option value="">Aucun (domicile, téléphone)</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField label="Date" type="date" {...f.field("date")} />
        <TextField label="Heure de début" type="time" step={300} {...f.field("debut")} />
        <TextField label="Heure de fin" type="time" step={300} {...f.field("fin")} />
      </div>
      <TextField label="Précision sur le lieu (facultative)" {...f.field("lieuPrecision")} />
      <TextField label="Objet (facultatif)" hint="Restez bref et factuel : la personne peut lire ce qui est écrit sur elle." {...f.field("objet")} />
      <label className="checkbox">
        <input disabled={!hasContact} {...f.checkbox("rappelConsenti")} />
        <span>La personne accepte un rappel par SMS ou e-mail deux jours avant{hasContact ? "" : " (aucun téléphone ni e-mail au dossier)"}</span>
      </label>
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer le rendez-vous</SubmitButton>
      </div>
    </ActionForm>
  );
}
