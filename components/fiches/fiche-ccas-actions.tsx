"use client";

// The CCAS's actions on a fiche, as small forms. Only the actions the state machine allows are
// shown (the server checks again): receive, take or assign, then appointment, reorient or close.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ZFicheClose, ZFicheRdv, ZFicheReorient, type FicheRdvInput } from "@/lib/domain/fiches/schemas";
import { FICHE_CLOTURE_LABELS, RDV_LIEU_LABELS } from "@/lib/domain/fiches/labels";
import type { FicheAction } from "@/lib/domain/fiches/status-machine";
import { closeFicheAction, giveRdvAction, receiveFicheAction, reorientFicheAction } from "@/lib/actions/fiches";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { useFicheAction } from "./use-fiche-action";
import { AssignForm, type Worker } from "./fiche-assign-form";

type Props = { ficheId: string; allowed: FicheAction[]; today: string; actorId: string; isResponsable: boolean; assigneeId: string | null; workers: Worker[] };

export function FicheCcasActions({ ficheId, allowed, today, actorId, isResponsable, assigneeId, workers }: Props) {
  const can = (a: FicheAction) => allowed.includes(a);
  if (!["recevoir", "attribuer", "fixerRdv", "reorienter", "cloturer"].some((a) => can(a as FicheAction))) return null;
  return (
    <section className="card" aria-labelledby="fiche-actions">
      <h2 id="fiche-actions">Traiter la fiche</h2>
      {can("recevoir") ? <ReceiveButton ficheId={ficheId} /> : null}
      {can("attribuer") ? <AssignForm ficheId={ficheId} actorId={actorId} isResponsable={isResponsable} assigneeId={assigneeId} workers={workers} /> : null}
      {can("fixerRdv") ? <RdvForm ficheId={ficheId} today={today} /> : null}
      {can("reorienter") ? <ReorientForm ficheId={ficheId} /> : null}
      {can("cloturer") ? <CloseForm ficheId={ficheId} /> : null}
    </section>
  );
}

function ReceiveButton({ ficheId }: { ficheId: string }) {
  const { pending, error, run } = useFicheAction();
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p>Marquez la fiche comme reçue : l&apos;agent voit que le CCAS l&apos;a prise en compte.</p>
      <button type="button" className="btn" disabled={pending} onClick={() => run(() => receiveFicheAction({ ficheId }), "Fiche reçue.")}>
        Marquer comme reçue
      </button>
    </>
  );
}

function RdvForm({ ficheId, today }: { ficheId: string; today: string }) {
  const { pending, error, run } = useFicheAction();
  const form = useForm<FicheRdvInput, unknown, z.output<typeof ZFicheRdv>>({
    resolver: zodResolver(ZFicheRdv), defaultValues: { ficheId, date: "", heure: "", lieu: "MAISON_DES_SOLIDARITES", lieuPrecision: "" },
  });
  const { register, formState: { errors } } = form;
  const submit = form.handleSubmit(async () => {
    const result = await run(() => giveRdvAction(form.getValues()), "Rendez-vous enregistré.");
    applyServerErrors(form.setError, result);
  });
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>Donner un rendez-vous</legend>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="field-row">
          <TextField label="Date du rendez-vous" type="date" min={today} error={errors.date?.message} {...register("date")} />
          <TextField label="Heure" type="time" step={300} error={errors.heure?.message} {...register("heure")} />
          <SelectField label="Lieu" error={errors.lieu?.message} {...register("lieu")}>
            {Object.entries(RDV_LIEU_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </SelectField>
        </div>
        <TextField label="Précision sur le lieu (facultative)" hint="Visible par l'agent : bureau, étage, mairie de quartier…" error={errors.lieuPrecision?.message} {...register("lieuPrecision")} />
        <button type="submit" className="btn" disabled={pending}>Fixer le rendez-vous</button>
      </fieldset>
    </form>
  );
}

function ReorientForm({ ficheId }: { ficheId: string }) {
  const { pending, error, run } = useFicheAction();
  const form = useForm<z.input<typeof ZFicheReorient>, unknown, z.output<typeof ZFicheReorient>>({ resolver: zodResolver(ZFicheReorient), defaultValues: { ficheId, vers: "" } });
  const submit = form.handleSubmit(async () => {
    applyServerErrors(form.setError, await run(() => reorientFicheAction(form.getValues()), "Fiche réorientée."));
  });
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>Réorienter</legend>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextField
          label="Réorientée vers"
          hint="Le service seulement (par exemple : Maison Nord Solidarités, PMI) : ce texte est visible par l'agent."
          error={form.formState.errors.vers?.message}
          {...form.register("vers")}
        />
        <button type="submit" className="btn btn--secondary" disabled={pending}>Réorienter la fiche</button>
      </fieldset>
    </form>
  );
}

function CloseForm({ ficheId }: { ficheId: string }) {
  const { pending, error, run } = useFicheAction();
  // No default motif: the worker must choose one ("Choisir…" sends "", which the schema refuses).
  const form = useForm<z.input<typeof ZFicheClose>, unknown, z.output<typeof ZFicheClose>>({ resolver: zodResolver(ZFicheClose), defaultValues: { ficheId } });
  const submit = form.handleSubmit(async () => {
    applyServerErrors(form.setError, await run(() => closeFicheAction(form.getValues()), "Fiche clôturée."));
  });
  return (
    <form onSubmit={submit} noValidate>
      <fieldset>
        <legend>Clôturer</legend>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <SelectField label="Motif de clôture" error={form.formState.errors.motif?.message} {...form.register("motif")}>
          <option value="">Choisir…</option>
          {Object.entries(FICHE_CLOTURE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <button type="submit" className="btn btn--secondary" disabled={pending}>Clôturer la fiche</button>
      </fieldset>
    </form>
  );
}
