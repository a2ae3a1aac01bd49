"use client";

import { ZPermanence, ZPermanenceException } from "@/lib/domain/agenda/schemas";
import { JOUR_LABELS } from "@/lib/domain/agenda/labels";
import { addPermanenceExceptionAction, closePermanenceAction, createPermanenceAction, removePermanenceExceptionAction } from "@/lib/actions/agenda";
import { ActionButton } from "@/components/forms/action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";

type Option = { id: string; label: string };

export function PermanenceForm({ today, actorId, isResponsable, workers, sites }: { today: string; actorId: string; isResponsable: boolean; workers: Option[]; sites: Option[] }) {
  const f = useActionForm({
    schema: ZPermanence,
    action: createPermanenceAction,
    defaultValues: { travailleurId: actorId, siteId: sites[0]?.id ?? "", jour: 2, debut: "09:00", fin: "11:00", dureeCreneauMinutes: 30, depuis: today, jusquau: "", sansRendezVous: false },
  });
  const choices = isResponsable ? workers : workers.filter((w) => w.id === actorId);
  return (
    <section className="card" aria-labelledby="perm-new">
      <h2 id="perm-new">Nouvelle permanence</h2>
      <ActionForm handle={f} aria-label="Nouvelle permanence" success="Permanence créée.">
        <div className="field-row">
          <SelectField label="Travailleur social" {...f.field("travailleurId")}>
            {choices.map((w) => <option key={w.id} value={w.id}>{w.label}</option>)}
          </SelectField>
          <SelectField label="Site" {...f.field("siteId")}>
            {sites.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </SelectField>
          <SelectField label="Jour" {...f.field("jour")}>
            {Object.entries(JOUR_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </SelectField>
        </div>
        <div className="field-row">
          <TextField label="Heure de début" type="time" step={300} {...f.field("debut")} />
          <TextField label="Heure de fin" type="time" step={300} {...f.field("fin")} />
          <TextField label="Durée d'un créneau (minutes)" type="number" min={10} max={240} {...f.field("dureeCreneauMinutes")} />
        </div>
        <div className="field-row">
          <TextField label="À partir du" type="date" {...f.field("depuis")} />
          <TextField label="Jusqu'au (facultatif)" type="date" {...f.field("jusquau")} />
        </div>
        <label className="checkbox">
          <input {...f.checkbox("sansRendezVous")} /> Permanence sans rendez-vous : l&apos;accueil inscrit les personnes dans la file d&apos;attente (pas de créneaux à réserver)
        </label>
        <div className="actions"><SubmitButton handle={f}>Créer la permanence</SubmitButton></div>
      </ActionForm>
    </section>
  );
}

export function PermanenceExceptionForm({ permanenceId, today }: { permanenceId: string; today: string }) {
  const f = useActionForm({
    schema: ZPermanenceException,
    action: addPermanenceExceptionAction,
    defaultValues: { permanenceId, date: "", motif: "" },
    onSuccess: (_data, form) => form.reset({ permanenceId, date: "", motif: "" }),
  });
  return (
    <ActionForm handle={f} className="">
      <input type="hidden" name="permanenceId" value={permanenceId} />
      <TextField label="Date" type="date" min={today} {...f.field("date")} />
      <TextField label="Motif (férié, absence…)" {...f.field("motif")} />
      <SubmitButton handle={f} className="btn btn--secondary btn--small">Exclure</SubmitButton>
    </ActionForm>
  );
}

/** Ends a permanence (no new bookings; the rendez-vous already booked stay). Asks once more. */
export function ClosePermanenceButton({ permanenceId, label }: { permanenceId: string; label: string }) {
  return (
    <ActionButton action={closePermanenceAction} fields={{ permanenceId }} className="btn btn--secondary btn--small" confirmClassName="btn btn--danger btn--small"
      confirm="Arrêter cette permanence ? Plus aucune réservation ne sera possible ; les rendez-vous déjà pris restent."
      confirmLabel={<>Confirmer l&apos;arrêt<span className="sr-only"> de la permanence {label}</span></>}>
      Arrêter<span className="sr-only"> la permanence {label}</span>
    </ActionButton>
  );
}

/** An excluded date of a permanence, with the button that gives it back (an absence cancelled). */
export function ExcludedDate({ exceptionId, label, canManage }: { exceptionId: string; label: string; canManage: boolean }) {
  return (
    <li>
      {label}{" "}
      {canManage ? (
        <ActionButton action={removePermanenceExceptionAction} fields={{ exceptionId }} className="btn btn--secondary btn--small">
          Rétablir<span className="sr-only"> la permanence le {label}</span>
        </ActionButton>
      ) : null}
    </li>
  );
}
