"use client";

// The public form: sent by the browser itself when scripts are off (a plain <form action>), or
// checked with the same schema first when they run. The hidden timestamp and the honeypot are
// checked by the server only.
import { submitSignalementAction } from "@/lib/actions/signalement-public";
import { HONEYPOT_FIELD, ZSignalementPublic } from "@/lib/domain/signalements/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { RequiredNote, SelectField, TextAreaField, TextField } from "@/components/forms/field";
import styles from "./public.module.css";

export function SignalementPublicForm({ structureId, jeton, communes, quartiers }: {
  structureId: string; jeton: string; communes: string[]; quartiers: string[];
}) {
  const f = useActionForm({
    schema: ZSignalementPublic,
    action: submitSignalementAction,
    defaultValues: {
      structureId, jeton, [HONEYPOT_FIELD]: "", reporterNom: "", reporterTelephone: "", reporterEmail: "",
      personne: "", lieu: "", commune: communes.length === 1 ? communes[0] : "", quartier: "", situation: "",
    },
    onSuccess: (_data, form) => form.reset(),
  });
  const sent = (data: { reference: string }) =>
    `Merci, votre signalement a été envoyé à l'équipe de maraude (référence ${data.reference}). Un message de confirmation part à votre adresse e-mail.`;
  const trap = f.field(HONEYPOT_FIELD);
  return (
    <ActionForm handle={f} success={sent} aria-label="Signaler une personne sans abri">
      <input type="hidden" {...f.field("structureId")} />
      <input type="hidden" {...f.field("jeton")} />
      <RequiredNote />
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor={trap.id}>Ne remplissez pas ce champ</label>
        <input type="text" tabIndex={-1} autoComplete="off" {...trap} />
      </div>

      <fieldset className={styles.section}>
        <legend>La personne rencontrée</legend>
        <TextField label="Son prénom, ou une courte description" required hint="Par exemple : « Marc », ou « un homme d'une soixantaine d'années avec un chien »." maxLength={300} {...f.field("personne")} />
        <TextAreaField label="Sa situation" required rows={4} maxLength={2000} hint="Ce que vous avez vu ou ce qu'elle vous a dit de ses besoins. Restez factuel." {...f.field("situation")} />
      </fieldset>

      <fieldset className={styles.section}>
        <legend>Où l&apos;équipe peut la rencontrer</legend>
        <TextAreaField label="Adresse ou description du lieu" required rows={2} maxLength={500} hint="Par exemple : « sous le porche du 12 rue Nationale, le soir après 20 h »." {...f.field("lieu")} />
        <SelectField label="Commune" required {...f.field("commune")}>
          {communes.length > 1 ? <option value="">Choisissez…</option> : null}
          {communes.map((c) => <option key={c} value={c}>{c}</option>)}
        </SelectField>
        {quartiers.length ? (
          <SelectField label="Quartier (si vous le connaissez)" {...f.field("quartier")}>
            <option value="">Je ne sais pas</option>
            {quartiers.map((q) => <option key={q} value={q}>{q}</option>)}
          </SelectField>
        ) : <input type="hidden" {...f.field("quartier")} />}
      </fieldset>

      <fieldset className={styles.section}>
        <legend>Vous</legend>
        <TextField label="Votre adresse e-mail" type="email" required autoComplete="email" maxLength={254} hint="Pour vous confirmer la réception, puis vous dire que le signalement a été traité." {...f.field("reporterEmail")} />
        <TextField label="Votre nom (facultatif)" autoComplete="name" maxLength={100} {...f.field("reporterNom")} />
        <TextField label="Votre téléphone (facultatif)" type="tel" autoComplete="tel" maxLength={30} hint="Si l'équipe a besoin de précisions pour trouver la personne." {...f.field("reporterTelephone")} />
      </fieldset>

      <div className="actions">
        <SubmitButton handle={f} pendingLabel="Envoi…">Envoyer le signalement</SubmitButton>
      </div>
    </ActionForm>
  );
}
