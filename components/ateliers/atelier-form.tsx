"use client";

// Create or edit a workshop. Start in Paris time (datetime-local), duration in minutes, a site of
// the structure or a free-text address, capacity and what happens when full.
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { ZAtelierCreate, type AtelierCreateInput } from "@/lib/domain/ateliers/schemas";
import { ATELIER_THEME_LABELS } from "@/lib/domain/ateliers/labels";
import type { AtelierFormOptions } from "@/lib/domain/ateliers/queries";
import { createAtelierAction, updateAtelierAction } from "@/lib/actions/ateliers";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";

type Props = {
  options: AtelierFormOptions;
  defaults: AtelierCreateInput;
  /** Editing: the workshop's id and version. */
  edit?: { id: string; updatedAt: string };
  minDebut: string;
};

export function AtelierForm({ options, defaults, edit, minDebut }: Props) {
  // The same fields as the server checks; id and version go with them when editing.
  const f = useActionForm({ schema: ZAtelierCreate, action: edit ? updateAtelierAction : createAtelierAction, defaultValues: defaults });
  const siteId = useWatch({ control: f.form.control, name: "siteId" });

  return (
    <ActionForm handle={f} className="form card">
      {edit ? (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="updatedAt" value={edit.updatedAt} />
        </>
      ) : null}
      <div className="field-row">
        <TextField label="Titre" autoComplete="off" {...f.field("titre")} />
        <SelectField label="Thème" {...f.field("theme")}>
          <option value="">Choisir…</option>
          {Object.entries(ATELIER_THEME_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField label="Date et heure de début" type="datetime-local" min={minDebut} hint="Heure de Paris" {...f.field("debut")} />
        <TextField label="Durée (minutes)" type="number" inputMode="numeric" min={1} step={5} {...f.field("dureeMinutes")} />
      </div>
      <div className="field-row">
        <SelectField label="Lieu" {...f.field("siteId")}>
          <option value="">Autre adresse (à saisir)</option>
          {options.sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </SelectField>
        {/* Hidden rather than removed (the form sends what it always sent, the server ignores it
            beside a site), and only once the page runs: without JavaScript nothing could show it. */}
        <div hidden={f.interactive && Boolean(siteId)}>
          <TextField label="Adresse du lieu" autoComplete="off" {...f.field("adresse")} />
        </div>
      </div>
      <div className="field-row">
        <TextField label="Capacité (places)" type="number" inputMode="numeric" min={1} {...f.field("capacite")} />
        <SelectField label="Animateur ou animatrice" {...f.field("animateurId")}>
          <option value="">Choisir…</option>
          {options.animateurs.map((u) => <option key={u.id} value={u.id}>{u.lastName} {u.firstName}</option>)}
        </SelectField>
        <SelectField label="Partenaire (facultatif)" {...f.field("partenaireId")}>
          <option value="">Aucun</option>
          {options.partenaires.map((p) => <option key={p.id} value={p.id}>{p.nom}</option>)}
        </SelectField>
      </div>
      <label className="checkbox">
        <input {...f.checkbox("listeAttente")} />
        <span>Quand l&apos;atelier est complet, inscrire sur une liste d&apos;attente (sinon l&apos;inscription est refusée)</span>
      </label>
      <TextAreaField label="Description (facultatif)" rows={4} {...f.field("description")} />
      <div className="actions">
        <SubmitButton handle={f}>{edit ? "Enregistrer les modifications" : "Créer l'atelier"}</SubmitButton>
        <Link className="btn btn--secondary" href={edit ? `/ateliers/${edit.id}` : "/ateliers"}>Annuler</Link>
      </div>
    </ActionForm>
  );
}
