"use client";

import { ZOrientation } from "@/lib/domain/orientations/schemas";
import { ELEMENT_HINTS, ELEMENT_LABELS, URGENCE_LABELS } from "@/lib/domain/orientations/labels";
import { CATEGORIE_LABELS, type Categorie } from "@/lib/domain/annuaire/labels";
import { createOrientationAction } from "@/lib/actions/orientations";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { DOCUMENT_TYPE_LABELS } from "@/lib/domain/documents/labels";

type PartnerOption = { id: string; nom: string; organisme: string | null; categorie: Categorie; commune: string | null };
type DocumentOption = { id: string; name: string; type: keyof typeof DOCUMENT_TYPE_LABELS };

/** Saved, the action opens the new orientation. */
export function OrientationForm({ usagerId, partenaires, today, documents = [] }: { usagerId: string; partenaires: PartnerOption[]; today: string; documents?: DocumentOption[] }) {
  const f = useActionForm({
    schema: ZOrientation,
    action: createOrientationAction,
    defaultValues: {
      usagerId, partenaireId: "", motif: "", elementsTransmis: [], consentement: false,
      consentementLe: today, date: today, urgence: "NORMALE", documentIds: [],
    },
  });
  const groups = Object.keys(CATEGORIE_LABELS)
    .map((c) => [c as Categorie, partenaires.filter((p) => p.categorie === c)] as const)
    .filter(([, list]) => list.length > 0);
  const elements = f.group("elementsTransmis");
  const pieces = f.group("documentIds");
  const consent = f.group("consentement");

  return (
    <ActionForm handle={f} aria-label="Orienter la personne">
      <input type="hidden" {...f.field("usagerId")} />
      <SelectField label="Service partenaire" hint="Les services de l'annuaire de votre structure." {...f.field("partenaireId")}>
        <option value="">Choisir un service…</option>
        {groups.map(([categorie, list]) => (
          <optgroup key={categorie} label={CATEGORIE_LABELS[categorie]}>
            {list.map((p) => <option key={p.id} value={p.id}>{[p.nom, p.commune].filter(Boolean).join(", ")}</option>)}
          </optgroup>
        ))}
      </SelectField>
      <TextAreaField label="Motif de l'orientation" rows={4} hint="Ce qui est attendu du partenaire, en restant factuel : ce texte figure dans le courrier."
        {...f.field("motif")} />
      <fieldset id={elements.id} aria-describedby={elements.error ? `${elements.id}-error` : undefined}>
        <legend>Éléments transmis au partenaire</legend>
        <p className="muted" style={{ marginTop: 0 }}>Seuls les éléments cochés figurent dans le courrier : ne transmettez que ce qui est nécessaire.</p>
        <div className="checkbox-grid">
          {Object.entries(ELEMENT_LABELS).map(([v, l]) => (
            <label key={v} className="checkbox">
              <input style={{ flexShrink: 0 }} {...f.checkbox("elementsTransmis", v)} />
              <span>{l}<br /><span className="muted" style={{ fontSize: ".85rem" }}>{ELEMENT_HINTS[v as keyof typeof ELEMENT_HINTS]}</span></span>
            </label>
          ))}
        </div>
        {elements.error ? <p className="field-error" id={`${elements.id}-error`}>{elements.error}</p> : null}
      </fieldset>
      {documents.length > 0 ? (
        <fieldset id={pieces.id} aria-describedby={pieces.error ? `${pieces.id}-error` : undefined}>
          <legend>Pièces jointes envoyées avec le courrier</legend>
          <div className="checkbox-grid">
            {documents.map((d) => (
              <label key={d.id} className="checkbox">
                <input style={{ flexShrink: 0 }} {...f.checkbox("documentIds", d.id)} />
                <span>{d.name} <span className="muted">({DOCUMENT_TYPE_LABELS[d.type]})</span></span>
              </label>
            ))}
          </div>
          {pieces.error ? <p className="field-error" id={`${pieces.id}-error`}>{pieces.error}</p> : null}
        </fieldset>
      ) : null}
      <div className="field-row">
        <TextField label="Date d'orientation" type="date" max={today} {...f.field("date")} />
        <SelectField label="Urgence" {...f.field("urgence")}>
          {Object.entries(URGENCE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <fieldset>
        <legend>Information et accord de la personne</legend>
        {/* Not a .field: its label rule (block, bold) would undo the checkbox layout. */}
        <div style={{ marginBottom: "1rem" }}>
          <label className="checkbox">
            <input id={consent.id} style={{ flexShrink: 0 }} aria-invalid={consent.error ? true : undefined}
              aria-describedby={consent.error ? `${consent.id}-error` : undefined} {...f.checkbox("consentement")} />
            <span>La personne a été informée de cette orientation et des éléments transmis, et a donné son accord.</span>
          </label>
          {consent.error ? <p className="field-error" id={`${consent.id}-error`}>{consent.error}</p> : null}
        </div>
        <TextField label="Date de l'accord" type="date" max={today} {...f.field("consentementLe")} />
      </fieldset>
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer l&apos;orientation</SubmitButton>
      </div>
    </ActionForm>
  );
}
