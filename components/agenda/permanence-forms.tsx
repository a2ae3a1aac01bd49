"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ZPermanence, ZPermanenceException, type PermanenceExceptionInput, type PermanenceInput } from "@/lib/domain/agenda/schemas";
import { JOUR_LABELS } from "@/lib/domain/agenda/labels";
import { addPermanenceExceptionAction, closePermanenceAction, createPermanenceAction, removePermanenceExceptionAction } from "@/lib/actions/agenda";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useFicheAction as useAction } from "@/components/fiches/use-fiche-action";

type Option = { id: string; label: string };

export function PermanenceForm({ today, actorId, isResponsable, workers, sites }: { today: string; actorId: string; isResponsable: boolean; workers: Option[]; sites: Option[] }) {
  const { pending, error, done, run } = useAction();
  const form = useForm<PermanenceInput, unknown, z.output<typeof ZPermanence>>({
    resolver: zodResolver(ZPermanence),
    defaultValues: { travailleurId: actorId, siteId: sites[0]?.id ?? "", jour: 2, debut: "09:00", fin: "11:00", dureeCreneauMinutes: 30, depuis: today, jusquau: "" },
  });
  const { register, formState: { errors } } = form;
  const submit = form.handleSubmit(async () => {
    applyServerErrors(form.setError, await run(() => createPermanenceAction(form.getValues()), "Permanence créée."));
  });
  const choices = isResponsable ? workers : workers.filter((w) => w.id === actorId);
  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="perm-new">
      <h2 id="perm-new">Nouvelle permanence</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      <div className="field-row">
        <SelectField label="Travailleur social" error={errors.travailleurId?.message} {...register("travailleurId")}>
          {choices.map((w) => <option key={w.id} value={w.id}>{w.label}</option>)}
        </SelectField>
        <SelectField label="Site" error={errors.siteId?.message} {...register("siteId")}>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </SelectField>
        <SelectField label="Jour" error={errors.jour?.message} {...register("jour")}>
          {Object.entries(JOUR_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField label="Heure de début" type="time" step={300} error={errors.debut?.message} {...register("debut")} />
        <TextField label="Heure de fin" type="time" step={300} error={errors.fin?.message} {...register("fin")} />
        <TextField label="Durée d'un créneau (minutes)" type="number" min={10} max={240} error={errors.dureeCreneauMinutes?.message} {...register("dureeCreneauMinutes")} />
      </div>
      <div className="field-row">
        <TextField label="À partir du" type="date" error={errors.depuis?.message} {...register("depuis")} />
        <TextField label="Jusqu'au (facultatif)" type="date" error={errors.jusquau?.message} {...register("jusquau")} />
      </div>
      <div className="actions"><button type="submit" className="btn" disabled={pending}>Créer la permanence</button></div>
    </form>
  );
}

export function PermanenceExceptionForm({ permanenceId, today }: { permanenceId: string; today: string }) {
  const { pending, error, run } = useAction();
  const form = useForm<PermanenceExceptionInput, unknown, z.output<typeof ZPermanenceException>>({
    resolver: zodResolver(ZPermanenceException), defaultValues: { permanenceId, date: "", motif: "" },
  });
  const { register, formState: { errors } } = form;
  const submit = form.handleSubmit(async () => {
    applyServerErrors(form.setError, await run(() => addPermanenceExceptionAction(form.getValues()), "Date exclue."));
  });
  return (
    <form onSubmit={submit} noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label="Date" type="date" min={today} error={errors.date?.message} {...register("date")} />
      <TextField label="Motif (férié, absence…)" error={errors.motif?.message} {...register("motif")} />
      <button type="submit" className="btn btn--secondary btn--small" disabled={pending}>Exclure</button>
    </form>
  );
}

/** Ends a permanence (no new bookings; the rendez-vous already booked stay). Asks once more. */
export function ClosePermanenceButton({ permanenceId, label }: { permanenceId: string; label: string }) {
  const { pending, error, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {confirming ? (
        <div className="actions">
          <button type="button" className="btn btn--danger btn--small" disabled={pending}
            onClick={() => run(() => closePermanenceAction({ permanenceId }), "Permanence arrêtée.")}>
            Confirmer l&apos;arrêt<span className="sr-only"> de la permanence {label}</span>
          </button>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => setConfirming(false)}>Garder</button>
        </div>
      ) : (
        <button type="button" className="btn btn--secondary btn--small" disabled={pending} onClick={() => setConfirming(true)}>
          Arrêter<span className="sr-only"> la permanence {label}</span>
        </button>
      )}
    </div>
  );
}

/** An excluded date of a permanence, with the button that gives it back (an absence cancelled). */
export function ExcludedDate({ exceptionId, label, canManage }: { exceptionId: string; label: string; canManage: boolean }) {
  const { pending, error, run } = useAction();
  return (
    <li>
      {label}{" "}
      {canManage ? (
        <button type="button" className="btn btn--secondary btn--small" disabled={pending}
          onClick={() => run(() => removePermanenceExceptionAction({ exceptionId }), "Date rétablie.")}>
          Rétablir<span className="sr-only"> la permanence le {label}</span>
        </button>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </li>
  );
}
