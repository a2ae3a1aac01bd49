"use client";

// Identity, contact, situation, rights and information sections of the usager form.
import { SelectField, TextField } from "@/components/forms/field";
import {
  CIVILITE_LABELS, DROIT_OUVERT_LABELS, LOGEMENT_STATUT_LABELS, MESURE_PROTECTION_LABELS, SITUATION_FAMILIALE_LABELS,
} from "@/lib/domain/usagers/labels";
import type { SiteOption, UsagerForm } from "./usager-form-types";

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => <option key={value} value={value}>{label}</option>);

export function IdentitySection({ form }: { form: UsagerForm }) {
  const { register, formState: { errors } } = form;
  return (
    <fieldset>
      <legend>Identité</legend>
      <div className="field-row">
        <TextField label="Nom" autoComplete="off" error={errors.nom?.message} {...register("nom")} />
        <TextField label="Prénom" autoComplete="off" error={errors.prenom?.message} {...register("prenom")} />
        <TextField label="Date de naissance" type="date" min="1900-01-01" error={errors.dateNaissance?.message} {...register("dateNaissance")} />
      </div>
      <div className="field-row">
        <SelectField label="Civilité" error={errors.civilite?.message} {...register("civilite")}>
          <option value="">Non précisée</option>
          {options(CIVILITE_LABELS)}
        </SelectField>
        <TextField label="Nom de naissance" hint="Si différent du nom d'usage" autoComplete="off" error={errors.nomNaissance?.message} {...register("nomNaissance")} />
      </div>
    </fieldset>
  );
}

export function ContactSection({ form, sites, quartiers }: { form: UsagerForm; sites: SiteOption[]; quartiers: string[] }) {
  const { register, formState: { errors } } = form;
  return (
    <fieldset>
      <legend>Contact et adresse</legend>
      <div className="field-row">
        <TextField label="Téléphone" type="tel" autoComplete="off" hint="Par exemple 06 12 34 56 78" error={errors.telephone?.message} {...register("telephone")} />
        <TextField label="Adresse e-mail" type="email" autoComplete="off" error={errors.email?.message} {...register("email")} />
      </div>
      <TextField label="Adresse" autoComplete="off" error={errors.adresse?.message} {...register("adresse")} />
      <div className="field-row">
        <TextField label="Code postal" inputMode="numeric" autoComplete="off" error={errors.codePostal?.message} {...register("codePostal")} />
        <TextField label="Commune" autoComplete="off" error={errors.commune?.message} {...register("commune")} />
        <TextField label="Quartier" list="quartiers-connus" autoComplete="off" error={errors.quartier?.message} {...register("quartier")} />
        <datalist id="quartiers-connus">
          {quartiers.map((q) => <option key={q} value={q} />)}
        </datalist>
      </div>
      <SelectField label="Site de rattachement" error={errors.siteId?.message} {...register("siteId")}>
        <option value="">Aucun</option>
        {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </SelectField>
    </fieldset>
  );
}

export function SituationSection({ form }: { form: UsagerForm }) {
  const { register, formState: { errors } } = form;
  return (
    <fieldset>
      <legend>Situation</legend>
      <div className="field-row">
        <SelectField label="Situation familiale" error={errors.situationFamiliale?.message} {...register("situationFamiliale")}>
          <option value="">Non précisée</option>
          {options(SITUATION_FAMILIALE_LABELS)}
        </SelectField>
        <SelectField label="Logement" error={errors.logementStatut?.message} {...register("logementStatut")}>
          <option value="">Non précisé</option>
          {options(LOGEMENT_STATUT_LABELS)}
        </SelectField>
        <TextField label="Bailleur" autoComplete="off" error={errors.bailleur?.message} {...register("bailleur")} />
      </div>
      <div className="field-row">
        <SelectField label="Mesure de protection" error={errors.mesureProtection?.message} {...register("mesureProtection")}>
          {options(MESURE_PROTECTION_LABELS)}
        </SelectField>
        <TextField label="Mandataire ou organisme" autoComplete="off" error={errors.mesureOrganisme?.message} {...register("mesureOrganisme")} />
      </div>
    </fieldset>
  );
}

export function DroitsSection({ form }: { form: UsagerForm }) {
  const { register, formState: { errors } } = form;
  return (
    <fieldset>
      <legend>Droits ouverts</legend>
      <div className="checkbox-grid">
        {Object.entries(DROIT_OUVERT_LABELS).map(([value, label]) => (
          <label key={value} className="checkbox">
            <input type="checkbox" value={value} {...register("droitsOuverts")} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {errors.droitsOuverts ? <p className="field-error">{errors.droitsOuverts.message ?? "Droit inconnu."}</p> : null}
    </fieldset>
  );
}

export function InformationSection({ form }: { form: UsagerForm }) {
  const { register, formState: { errors } } = form;
  return (
    <fieldset>
      <legend>Information de la personne</legend>
      <TextField
        label="Notice d'information remise le"
        type="date"
        hint="Date à laquelle la personne a été informée du traitement de ses données (RGPD)."
        error={errors.informationDonneeLe?.message}
        {...register("informationDonneeLe")}
      />
    </fieldset>
  );
}
