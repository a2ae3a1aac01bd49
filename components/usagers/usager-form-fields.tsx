"use client";

// Identity, contact, situation, rights and information sections of the usager form.
import { useWatch } from "react-hook-form";
import { SelectField, TextField } from "@/components/forms/field";
import {
  CIVILITE_LABELS, DATE_NAISSANCE_PRECISION_LABELS, DROIT_OUVERT_LABELS, LOGEMENT_STATUT_LABELS, MESURE_PROTECTION_LABELS, SITUATION_FAMILIALE_LABELS,
} from "@/lib/domain/usagers/labels";
import type { SiteOption, UsagerForm } from "./usager-form-types";

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => <option key={value} value={value}>{label}</option>);

/**
 * A person without papers may know only the year of birth, or nothing: the precision first,
 * then the day or the year. Until the page runs (or without JavaScript) both fields show.
 */
function BirthDateFields({ f }: { f: UsagerForm }) {
  const precision = useWatch({ control: f.form.control, name: "dateNaissancePrecision" }) ?? "EXACTE";
  const show = (p: string) => !f.interactive || precision === p;
  return (
    <>
      <SelectField label="Naissance : ce qui est connu" {...f.field("dateNaissancePrecision")}>
        {options(DATE_NAISSANCE_PRECISION_LABELS)}
      </SelectField>
      {show("EXACTE") ? <TextField label="Date de naissance" type="date" min="1900-01-01" {...f.field("dateNaissance")} /> : null}
      {show("ANNEE") ? <TextField label="Année de naissance" inputMode="numeric" maxLength={4} hint="4 chiffres, par exemple 1980" {...f.field("anneeNaissance")} /> : null}
    </>
  );
}

export function IdentitySection({ f }: { f: UsagerForm }) {
  return (
    <fieldset>
      <legend>Identité</legend>
      <div className="field-row">
        <TextField label="Nom" autoComplete="off" {...f.field("nom")} />
        <TextField label="Prénom" autoComplete="off" {...f.field("prenom")} />
        <BirthDateFields f={f} />
      </div>
      <div className="field-row">
        <SelectField label="Civilité" {...f.field("civilite")}>
          <option value="">Non précisée</option>
          {options(CIVILITE_LABELS)}
        </SelectField>
        <TextField label="Nom de naissance" hint="Si différent du nom d'usage" autoComplete="off" {...f.field("nomNaissance")} />
      </div>
    </fieldset>
  );
}

export function ContactSection({ f, sites, quartiers }: { f: UsagerForm; sites: SiteOption[]; quartiers: string[] }) {
  return (
    <fieldset>
      <legend>Contact et adresse</legend>
      <div className="field-row">
        <TextField label="Téléphone" type="tel" autoComplete="off" hint="Par exemple 06 12 34 56 78" {...f.field("telephone")} />
        <TextField label="Adresse e-mail" type="email" autoComplete="off" {...f.field("email")} />
      </div>
      <TextField label="Adresse" autoComplete="off" {...f.field("adresse")} />
      <div className="field-row">
        <TextField label="Code postal" inputMode="numeric" autoComplete="off" {...f.field("codePostal")} />
        <TextField label="Commune" autoComplete="off" {...f.field("commune")} />
        <TextField label="Quartier" list="quartiers-connus" autoComplete="off" {...f.field("quartier")} />
        <datalist id="quartiers-connus">
          {quartiers.map((q) => <option key={q} value={q} />)}
        </datalist>
      </div>
      <SelectField label="Site de rattachement" {...f.field("siteId")}>
        <option value="">Aucun</option>
        {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </SelectField>
    </fieldset>
  );
}

export function SituationSection({ f }: { f: UsagerForm }) {
  return (
    <fieldset>
      <legend>Situation</legend>
      <div className="field-row">
        <SelectField label="Situation familiale" {...f.field("situationFamiliale")}>
          <option value="">Non précisée</option>
          {options(SITUATION_FAMILIALE_LABELS)}
        </SelectField>
        <SelectField label="Logement" {...f.field("logementStatut")}>
          <option value="">Non précisé</option>
          {options(LOGEMENT_STATUT_LABELS)}
        </SelectField>
        <TextField label="Bailleur" autoComplete="off" {...f.field("bailleur")} />
      </div>
      <div className="field-row">
        <SelectField label="Mesure de protection" {...f.field("mesureProtection")}>
          {options(MESURE_PROTECTION_LABELS)}
        </SelectField>
        <TextField label="Mandataire ou organisme" autoComplete="off" {...f.field("mesureOrganisme")} />
      </div>
    </fieldset>
  );
}

export function DroitsSection({ f }: { f: UsagerForm }) {
  const group = f.group("droitsOuverts");
  return (
    <fieldset id={group.id} aria-describedby={group.error ? `${group.id}-error` : undefined}>
      <legend>Droits ouverts</legend>
      <div className="checkbox-grid">
        {Object.entries(DROIT_OUVERT_LABELS).map(([value, label]) => (
          <label key={value} className="checkbox">
            <input {...f.checkbox("droitsOuverts", value)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {group.error ? <p className="field-error" id={`${group.id}-error`}>{group.error}</p> : null}
    </fieldset>
  );
}

export function InformationSection({ f }: { f: UsagerForm }) {
  return (
    <fieldset>
      <legend>Information de la personne</legend>
      <TextField
        label="Notice d'information remise le"
        type="date"
        hint="Date à laquelle la personne a été informée du traitement de ses données (RGPD)."
        {...f.field("informationDonneeLe")}
      />
    </fieldset>
  );
}
