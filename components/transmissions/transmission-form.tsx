"use client";

// A new transmission, or a reply to one: the text, the colleagues to mention (checkboxes: it works
// before hydration, and only the dossier's possible readers are offered), and on the dossier an
// optional entretien it is about. The form says that a transmission is not confidential.
import { ZTransmission } from "@/lib/domain/transmissions/schemas";
import { MAX_TRANSMISSION } from "@/lib/domain/transmissions/schemas";
import { createTransmissionAction } from "@/lib/actions/transmissions";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField } from "@/components/forms/field";

export type Colleague = { id: string; name: string };
export type TransmissionSubject = { entretienId?: string; aideId?: string; orientationId?: string };

export const NOT_CONFIDENTIAL_HINT = "Une transmission n'est pas confidentielle : toute personne de l'équipe qui peut lire le dossier la lit, et la personne accompagnée peut en demander communication. Une information confidentielle va dans la note confidentielle d'un entretien.";

export function TransmissionForm({ usagerId, subject = {}, parentId, colleagues, entretiens = [], label }: {
  usagerId: string; subject?: TransmissionSubject; parentId?: string; colleagues: Colleague[];
  /** On the dossier: the entretiens a message may be about. */
  entretiens?: { id: string; label: string }[];
  label: string;
}) {
  const defaults = {
    usagerId, entretienId: subject.entretienId ?? "", aideId: subject.aideId ?? "", orientationId: subject.orientationId ?? "",
    parentId: parentId ?? "", texte: "", mentions: [] as string[],
  };
  const f = useActionForm({ schema: ZTransmission, action: createTransmissionAction, defaultValues: defaults, onSuccess: (_d, form) => form.reset(defaults) });
  const mentions = f.group("mentions");
  return (
    <ActionForm handle={f} aria-label={label} success={parentId ? "Réponse envoyée." : "Transmission envoyée."}>
      <input type="hidden" {...f.field("usagerId")} />
      <input type="hidden" {...f.field("parentId")} />
      <input type="hidden" {...f.field("aideId")} />
      <input type="hidden" {...f.field("orientationId")} />
      {parentId || subject.entretienId || entretiens.length === 0
        ? <input type="hidden" {...f.field("entretienId")} />
        : (
          <SelectField label="À propos d'un entretien (facultatif)" {...f.field("entretienId")}>
            <option value="">Le dossier en général</option>
            {entretiens.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
          </SelectField>
        )}
      <TextAreaField label={parentId ? "Votre réponse" : "Message"} required rows={3} maxLength={MAX_TRANSMISSION} hint={NOT_CONFIDENTIAL_HINT} {...f.field("texte")} />
      {colleagues.length > 0 ? (
        <fieldset id={mentions.id} aria-describedby={mentions.error ? `${mentions.id}-error` : undefined}>
          <legend>Mentionner (la personne est prévenue)</legend>
          <div className="checkbox-grid">
            {colleagues.map((c) => (
              <label key={c.id} className="checkbox"><input {...f.checkbox("mentions", c.id)} /><span>@{c.name}</span></label>
            ))}
          </div>
          {mentions.error ? <p className="field-error" id={`${mentions.id}-error`}>{mentions.error}</p> : null}
        </fieldset>
      ) : null}
      <div className="actions">
        <SubmitButton handle={f}>{parentId ? "Répondre" : "Envoyer la transmission"}</SubmitButton>
      </div>
    </ActionForm>
  );
}
