"use client";

// Outcome buttons (only those the status machine allows) and the move form of a rendez-vous.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZRendezVousMove, type RendezVousMoveInput } from "@/lib/domain/agenda/schemas";
import type { RendezVousStatus } from "@/lib/domain/agenda/labels";
import { moveRendezVousAction, setRendezVousStatusAction } from "@/lib/actions/agenda";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useFicheAction as useAction } from "@/components/fiches/use-fiche-action";
import type { z } from "zod";

const BUTTONS: Record<string, { label: string; done: string; className: string }> = {
  HONORE: { label: "Marquer honoré", done: "Rendez-vous honoré.", className: "btn" },
  EXCUSE: { label: "Excusé", done: "Rendez-vous excusé.", className: "btn btn--secondary" },
  NON_VENU: { label: "Non venu", done: "Absence enregistrée.", className: "btn btn--secondary" },
  ANNULE: { label: "Annuler le rendez-vous", done: "Rendez-vous annulé.", className: "btn btn--danger" },
};

type Props = { id: string; version: number; status: RendezVousStatus; allowed: RendezVousStatus[]; date: string; debut: string; fin: string };

export function RendezVousActions({ id, version, status, allowed, date, debut, fin }: Props) {
  const outcome = useAction();
  if (status !== "PREVU") return null;
  return (
    <section className="card" aria-labelledby="rdv-actions">
      <h2 id="rdv-actions">Suite du rendez-vous</h2>
      {outcome.error ? <Alert tone="error">{outcome.error}</Alert> : null}
      <div className="actions">
        {allowed.map((s) => (
          <button key={s} type="button" className={BUTTONS[s]!.className} disabled={outcome.pending}
            onClick={() => outcome.run(() => setRendezVousStatusAction({ rendezVousId: id, version, status: s }), BUTTONS[s]!.done)}>
            {BUTTONS[s]!.label}
          </button>
        ))}
      </div>
      <MoveForm id={id} version={version} date={date} debut={debut} fin={fin} />
    </section>
  );
}

function MoveForm({ id, version, date, debut, fin }: { id: string; version: number; date: string; debut: string; fin: string }) {
  const { pending, error, run } = useAction();
  const form = useForm<RendezVousMoveInput, unknown, z.output<typeof ZRendezVousMove>>({
    resolver: zodResolver(ZRendezVousMove), defaultValues: { rendezVousId: id, version, date, debut, fin },
  });
  const { register, formState: { errors } } = form;
  const submit = form.handleSubmit(async () => {
    applyServerErrors(form.setError, await run(() => moveRendezVousAction(form.getValues()), "Rendez-vous déplacé."));
  });
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>Déplacer</legend>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="field-row">
          <TextField label="Nouvelle date" type="date" error={errors.date?.message} {...register("date")} />
          <TextField label="Début" type="time" step={300} error={errors.debut?.message} {...register("debut")} />
          <TextField label="Fin" type="time" step={300} error={errors.fin?.message} {...register("fin")} />
        </div>
        <button type="submit" className="btn btn--secondary" disabled={pending}>Déplacer le rendez-vous</button>
      </fieldset>
    </form>
  );
}
