"use client";

// Recording an absence: from … to … (calendar days), the remplaçant, and for a RESPONSABLE the
// member of the team it is for (members given: the team page).
import { ZAbsence, absenceBounds } from "@/lib/domain/absences/schemas";
import { recordAbsenceAction } from "@/lib/actions/absences";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { RequiredNote, SelectField, TextField } from "@/components/forms/field";

export function AbsenceForm({ colleagues, members, today, actorId }: {
  colleagues: { id: string; name: string }[]; members?: { id: string; name: string }[]; today: string; actorId: string;
}) {
  const defaults = { userId: "", debut: today, fin: today, remplacantId: "" };
  const f = useActionForm({ schema: ZAbsence, action: recordAbsenceAction, defaultValues: defaults, onSuccess: (_d, form) => form.reset(defaults) });
  const { min, max } = absenceBounds(today);
  return (
    <ActionForm handle={f} aria-label="Nouvelle absence" success="Absence enregistrée.">
      <RequiredNote />
      {members ? (
        <SelectField label="Membre de l'équipe absent" {...f.field("userId")}>
          <option value="">Moi-même</option>
          {members.filter((m) => m.id !== actorId).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
      ) : <input type="hidden" {...f.field("userId")} />}
      <div className="field-row">
        <TextField label="Du" required type="date" min={min} max={max} {...f.field("debut")} />
        <TextField label="Au (inclus)" required type="date" min={min} max={max} {...f.field("fin")} />
      </div>
      <SelectField label="Remplacé·e par" required {...f.field("remplacantId")}>
        <option value="">Choisir une ou un collègue</option>
        {colleagues.filter((c) => members || c.id !== actorId).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </SelectField>
      <p className="muted">Pendant l&apos;absence, la ou le collègue reçoit aussi les notifications (fiches, tâches, dossiers) avec la mention « en remplacement de … ».</p>
      <div className="actions"><SubmitButton handle={f}>Enregistrer l&apos;absence</SubmitButton></div>
    </ActionForm>
  );
}
