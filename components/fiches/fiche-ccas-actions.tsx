"use client";

// The CCAS's actions on a fiche, as small forms. Only the actions the state machine allows are
// shown (the server checks again): receive, take or assign, then appointment, reorient or close.
import { ZFicheClose, ZFicheRdv, ZFicheReorient } from "@/lib/domain/fiches/schemas";
import { FICHE_CLOTURE_LABELS, RDV_LIEU_LABELS } from "@/lib/domain/fiches/labels";
import type { FicheAction } from "@/lib/domain/fiches/status-machine";
import { closeFicheAction, giveRdvAction, receiveFicheAction, reorientFicheAction } from "@/lib/actions/fiches";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { SelectField, TextField } from "@/components/forms/field";
import { AssignForm, type Worker } from "./fiche-assign-form";

type Props = { ficheId: string; allowed: FicheAction[]; today: string; actorId: string; isResponsable: boolean; assigneeId: string | null; workers: Worker[] };

export function FicheCcasActions({ ficheId, allowed, today, actorId, isResponsable, assigneeId, workers }: Props) {
  const can = (a: FicheAction) => allowed.includes(a);
  if (!["recevoir", "attribuer", "fixerRdv", "reorienter", "cloturer"].some((a) => can(a as FicheAction))) return null;
  return (
    <section className="card" aria-labelledby="fiche-actions">
      <h2 id="fiche-actions">Traiter la fiche</h2>
      {can("recevoir") ? (
        <>
          <p>Marquez la fiche comme reçue : l&apos;agent voit que le CCAS l&apos;a prise en compte.</p>
          <ActionButton action={receiveFicheAction} fields={{ ficheId }} className="btn" success="Fiche reçue.">Marquer comme reçue</ActionButton>
        </>
      ) : null}
      {can("attribuer") ? <AssignForm ficheId={ficheId} actorId={actorId} isResponsable={isResponsable} assigneeId={assigneeId} workers={workers} /> : null}
      {can("fixerRdv") ? <RdvForm ficheId={ficheId} today={today} /> : null}
      {can("reorienter") ? <ReorientForm ficheId={ficheId} /> : null}
      {can("cloturer") ? <CloseForm ficheId={ficheId} /> : null}
    </section>
  );
}

function RdvForm({ ficheId, today }: { ficheId: string; today: string }) {
  const f = useActionForm({
    schema: ZFicheRdv, action: giveRdvAction, defaultValues: { ficheId, date: "", heure: "", lieu: "MAISON_DES_SOLIDARITES", lieuPrecision: "" },
  });
  return (
    <ActionForm handle={f} className="" success="Rendez-vous enregistré.">
      <fieldset>
        <legend>Donner un rendez-vous</legend>
        <input type="hidden" {...f.field("ficheId")} />
        <div className="field-row">
          <TextField label="Date du rendez-vous" type="date" min={today} {...f.field("date")} />
          <TextField label="Heure" type="time" step={300} {...f.field("heure")} />
          <SelectField label="Lieu" {...f.field("lieu")}>
            {Object.entries(RDV_LIEU_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </SelectField>
        </div>
        <TextField label="Précision sur le lieu (facultative)" hint="Visible par l'agent : bureau, étage, mairie de quartier…" {...f.field("lieuPrecision")} />
        <SubmitButton handle={f}>Fixer le rendez-vous</SubmitButton>
      </fieldset>
    </ActionForm>
  );
}

function ReorientForm({ ficheId }: { ficheId: string }) {
  const f = useActionForm({ schema: ZFicheReorient, action: reorientFicheAction, defaultValues: { ficheId, vers: "" } });
  return (
    <ActionForm handle={f} className="" success="Fiche réorientée.">
      <fieldset>
        <legend>Réorienter</legend>
        <input type="hidden" {...f.field("ficheId")} />
        <TextField
          label="Réorientée vers"
          hint="Le service seulement (par exemple : Maison Nord Solidarités, PMI) : ce texte est visible par l'agent."
          {...f.field("vers")}
        />
        <SubmitButton handle={f} className="btn btn--secondary">Réorienter la fiche</SubmitButton>
      </fieldset>
    </ActionForm>
  );
}

function CloseForm({ ficheId }: { ficheId: string }) {
  // No default motif: the worker must choose one ("Choisir…" sends "", which the schema refuses).
  const f = useActionForm({ schema: ZFicheClose, action: closeFicheAction, defaultValues: { ficheId } });
  return (
    <ActionForm handle={f} className="" success="Fiche clôturée.">
      <fieldset>
        <legend>Clôturer</legend>
        <input type="hidden" {...f.field("ficheId")} />
        <SelectField label="Motif de clôture" {...f.field("motif")}>
          <option value="">Choisir…</option>
          {Object.entries(FICHE_CLOTURE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <SubmitButton handle={f} className="btn btn--secondary">Clôturer la fiche</SubmitButton>
      </fieldset>
    </ActionForm>
  );
}
