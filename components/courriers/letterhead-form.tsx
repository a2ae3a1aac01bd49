"use client";

// The letterhead of the structure's letters (RESPONSABLE): name, address, contact, signatory,
// the administrative court named in the appeal paragraph, the rules aid decisions apply.
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/field";
import { saveLetterheadAction } from "@/lib/actions/courriers";
import { ZLetterhead, type LetterheadInput } from "@/lib/domain/courriers/schemas";

export function LetterheadForm({ initial }: { initial: LetterheadInput }) {
  const f = useActionForm({ schema: ZLetterhead, action: saveLetterheadAction as FormAction, defaultValues: initial });
  return (
    <ActionForm handle={f} success="En-tête enregistré : il figure sur tous les courriers générés désormais.">
      <TextField label="Nom de la structure" {...f.field("nom")} />
      <TextAreaField label="Adresse" rows={2} hint="Une ou deux lignes, sans le code postal ni la commune." {...f.field("adresse")} />
      <div className="field-row">
        <TextField label="Code postal" inputMode="numeric" {...f.field("codePostal")} />
        <TextField label="Commune" {...f.field("commune")} />
      </div>
      <div className="field-row">
        <TextField label="Téléphone" type="tel" {...f.field("telephone")} />
        <TextField label="Courriel" type="email" {...f.field("email")} />
      </div>
      <div className="field-row">
        <TextField label="Signataire des décisions et attestations" hint="Sans signataire, le courrier est signé par la personne qui le génère." {...f.field("signataireNom")} />
        <TextField label="Fonction du signataire" hint="Par exemple : Directrice, par délégation du Président." {...f.field("signataireFonction")} />
      </div>
      <TextField label="Tribunal administratif compétent" hint="Nommé dans les voies et délais de recours, par exemple : Tribunal administratif de Lille, 5 rue Geoffroy Saint-Hilaire, CS 62039, 59014 Lille Cedex." {...f.field("tribunalAdministratif")} />
      <TextField label="Règlement des aides facultatives" hint="Cité dans la motivation des décisions, par exemple : du règlement des aides facultatives adopté par délibération du conseil d'administration du 12/03/2026." {...f.field("reglementAides")} />
      <div className="actions"><SubmitButton handle={f} pendingLabel="Enregistrement…">Enregistrer l&apos;en-tête</SubmitButton></div>
    </ActionForm>
  );
}
