"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZOrientation, type Orientation, type OrientationInput } from "@/lib/domain/orientations/schemas";
import { ELEMENT_HINTS, ELEMENT_LABELS, URGENCE_LABELS } from "@/lib/domain/orientations/labels";
import { CATEGORIE_LABELS, type Categorie } from "@/lib/domain/annuaire/labels";
import { createOrientationAction } from "@/lib/actions/orientations";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import { DOCUMENT_TYPE_LABELS } from "@/lib/domain/documents/labels";

type PartnerOption = { id: string; nom: string; organisme: string | null; categorie: Categorie; commune: string | null };
type DocumentOption = { id: string; name: string; type: keyof typeof DOCUMENT_TYPE_LABELS };

export function OrientationForm({ usagerId, partenaires, today, documents = [] }: { usagerId: string; partenaires: PartnerOption[]; today: string; documents?: DocumentOption[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OrientationInput, unknown, Orientation>({
    resolver: zodResolver(ZOrientation),
    defaultValues: {
      usagerId, partenaireId: "", motif: "", elementsTransmis: [], consentement: false,
      consentementLe: today, date: today, urgence: "NORMALE", documentIds: [],
    },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  const groups = Object.keys(CATEGORIE_LABELS)
    .map((c) => [c as Categorie, partenaires.filter((p) => p.categorie === c)] as const)
    .filter(([, list]) => list.length > 0);

  async function onSubmit() {
    setFormError(null);
    const result = await createOrientationAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/usagers/${usagerId}/orientations/${result.data.id}`);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label="Orienter la personne">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField label="Service partenaire" hint="Les services de l'annuaire de votre structure." error={errors.partenaireId?.message} {...register("partenaireId")}>
        <option value="">Choisir un service…</option>
        {groups.map(([categorie, list]) => (
          <optgroup key={categorie} label={CATEGORIE_LABELS[categorie]}>
            {list.map((p) => <option key={p.id} value={p.id}>{[p.nom, p.commune].filter(Boolean).join(", ")}</option>)}
          </optgroup>
        ))}
      </SelectField>
      <TextAreaField label="Motif de l'orientation" rows={4} hint="Ce qui est attendu du partenaire, en restant factuel : ce texte figure dans le courrier."
        error={errors.motif?.message} {...register("motif")} />
      <fieldset>
        <legend>Éléments transmis au partenaire</legend>
        <p className="muted" style={{ marginTop: 0 }}>Seuls les éléments cochés figurent dans le courrier : ne transmettez que ce qui est nécessaire.</p>
        <div className="checkbox-grid">
          {Object.entries(ELEMENT_LABELS).map(([v, l]) => (
            <label key={v} className="checkbox">
              <input type="checkbox" value={v} style={{ flexShrink: 0 }} {...register("elementsTransmis")} />
              <span>{l}<br /><span className="muted" style={{ fontSize: ".85rem" }}>{ELEMENT_HINTS[v as keyof typeof ELEMENT_HINTS]}</span></span>
            </label>
          ))}
        </div>
        {errors.elementsTransmis ? <p className="field-error">{errors.elementsTransmis.message ?? "Élément inconnu."}</p> : null}
      </fieldset>
      {documents.length > 0 ? (
        <fieldset>
          <legend>Pièces jointes envoyées avec le courrier</legend>
          <div className="checkbox-grid">
            {documents.map((d) => (
              <label key={d.id} className="checkbox">
                <input type="checkbox" value={d.id} style={{ flexShrink: 0 }} {...register("documentIds")} />
                <span>{d.name} <span className="muted">({DOCUMENT_TYPE_LABELS[d.type]})</span></span>
              </label>
            ))}
          </div>
          {errors.documentIds ? <p className="field-error">{errors.documentIds.message ?? "Pièce jointe inconnue."}</p> : null}
        </fieldset>
      ) : null}
      <div className="field-row">
        <TextField label="Date d'orientation" type="date" max={today} error={errors.date?.message} {...register("date")} />
        <SelectField label="Urgence" error={errors.urgence?.message} {...register("urgence")}>
          {Object.entries(URGENCE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <fieldset>
        <legend>Information et accord de la personne</legend>
        {/* Not a .field: its label rule (block, bold) would undo the checkbox layout. */}
        <div style={{ marginBottom: "1rem" }}>
          <label className="checkbox">
            <input type="checkbox" style={{ flexShrink: 0 }} aria-invalid={errors.consentement ? true : undefined}
              aria-describedby={errors.consentement ? "consentement-error" : undefined} {...register("consentement")} />
            <span>La personne a été informée de cette orientation et des éléments transmis, et a donné son accord.</span>
          </label>
          {errors.consentement ? <p className="field-error" id="consentement-error">{errors.consentement.message}</p> : null}
        </div>
        <TextField label="Date de l'accord" type="date" max={today} error={errors.consentementLe?.message} {...register("consentementLe")} />
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer l&apos;orientation</button>
      </div>
    </form>
  );
}
