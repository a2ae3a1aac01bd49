"use client";

import { ZEntretien, type Entretien } from "@/lib/domain/entretiens/schemas";
import { CANAL_LABELS, DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { createEntretienAction } from "@/lib/actions/entretiens";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { RequiredMark, RequiredNote, SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { formatCalendarDate } from "@/lib/format";
import { useDossierDraft } from "@/components/drafts/use-dossier-draft";
import type { DraftOption } from "@/components/forms/use-form-draft";

const ACC_LABELS: Record<string, string> = { INDIVIDUEL: "Individuel", BUDGETAIRE: "Budgétaire", LOGEMENT: "Logement", ERRANCE: "Errance" };

export function EntretienForm({ usagerId, accompagnements, defaults, draft }: {
  usagerId: string;
  accompagnements: { id: string; type: string; debut: string }[];
  defaults: { date: string; accompagnementId: string; rendezVousId?: string; canal?: Entretien["canal"]; dureeMinutes?: number;
    /** From a queue entry taken at a walk-in permanence: its motif as the subject. */ objets?: Entretien["objets"]; objetPrecision?: string };
  /** The author's own draft of this form, if one was kept. */
  draft: DraftOption["saved"];
}) {
  const draftOption = useDossierDraft(usagerId, "entretien", draft);
  const f = useActionForm({
    schema: ZEntretien,
    action: createEntretienAction,
    defaultValues: {
      usagerId, date: defaults.date, dureeMinutes: defaults.dureeMinutes ?? 30, canal: defaults.canal ?? "BUREAU", objets: defaults.objets ?? [], objetPrecision: defaults.objetPrecision ?? "", resume: "",
      noteConfidentielle: "", suites: "", rappelLe: "", accompagnementId: defaults.accompagnementId, rendezVousId: defaults.rendezVousId ?? "",
    },
    draft: draftOption,
  });
  const objets = f.group("objets");

  return (
    <ActionForm handle={f}>
      <RequiredNote />
      <input type="hidden" {...f.field("usagerId")} />
      <input type="hidden" {...f.field("rendezVousId")} />
      <div className="field-row">
        <TextField label="Date et heure" required type="datetime-local" {...f.field("date")} />
        <TextField label="Durée (minutes)" required type="number" min={1} max={600} inputMode="numeric" {...f.field("dureeMinutes")} />
        <SelectField label="Mode d'entretien" required {...f.field("canal")}>
          {Object.entries(CANAL_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <fieldset id={objets.id} aria-describedby={objets.error ? `${objets.id}-error` : undefined}>
        <legend>Objet de l&apos;entretien<RequiredMark /></legend>
        <div className="checkbox-grid">
          {Object.entries(DOMAINE_LABELS).map(([v, l]) => (
            <label key={v} className="checkbox"><input {...f.checkbox("objets", v)} /><span>{l}</span></label>
          ))}
        </div>
        {objets.error ? <p className="field-error" id={`${objets.id}-error`}>{objets.error}</p> : null}
        <TextField label="Précision sur l'objet" {...f.field("objetPrecision")} />
      </fieldset>
      <TextAreaField label="Compte rendu" required rows={6} hint="Restez factuel : la personne peut demander à lire ce qui est écrit sur elle." {...f.field("resume")} />
      <TextAreaField
        label="Note confidentielle"
        rows={3}
        hint="Visible par vous seul·e, y compris vis-à-vis de la ou du responsable. Elle reste communicable à la personne au titre de son droit d'accès."
        {...f.field("noteConfidentielle")}
      />
      <TextAreaField label="Suites à donner" rows={3} {...f.field("suites")} />
      <div className="field-row">
        <TextField label="Me le rappeler le" type="date" hint="Le rappel apparaît dans votre liste « À faire »." {...f.field("rappelLe")} />
        <SelectField label="Accompagnement concerné" {...f.field("accompagnementId")}>
          <option value="">Aucun</option>
          {accompagnements.map((a) => (
            <option key={a.id} value={a.id}>{`${ACC_LABELS[a.type] ?? a.type}, depuis le ${formatCalendarDate(new Date(a.debut))}`}</option>
          ))}
        </SelectField>
      </div>
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer l&apos;entretien</SubmitButton>
      </div>
    </ActionForm>
  );
}
