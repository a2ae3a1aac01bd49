"use client";

import type { z } from "zod";
import { ZRavSettings } from "@/lib/domain/settings/schemas";
import { CHARGE_TYPES } from "@/lib/domain/usagers/budget-types";
import { updateRavSettingsAction } from "@/lib/actions/settings";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

type Input = z.input<typeof ZRavSettings>;
type Values = { [K in keyof Input]: K extends "chargesRetenues" ? Input[K] : string };

export function RavSettingsForm({ initial }: { initial: Values }) {
  // Decimal weights typed the French way ("0,5") are accepted: the schema reads the comma.
  const f = useActionForm({ schema: ZRavSettings, action: updateRavSettingsAction, defaultValues: initial as never });
  const charges = f.group("chargesRetenues");

  return (
    <section className="card" aria-labelledby="rav-titre">
      <h2 id="rav-titre" style={{ marginTop: 0 }}>Reste à vivre</h2>
      <ActionForm handle={f} success="Paramètres enregistrés : ils s'appliquent à tous les dossiers de la structure.">
      <fieldset id={charges.id} aria-describedby={charges.error ? `${charges.id}-error` : undefined}>
        <legend>Charges retenues dans le calcul</legend>
        <div className="checkbox-grid">
          {Object.entries(CHARGE_TYPES).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input {...f.checkbox("chargesRetenues", value)} />
              <span>{label}</span>
            </label>
          ))}
        </div>
        {charges.error ? <p className="field-error" id={`${charges.id}-error`}>{charges.error}</p> : null}
      </fieldset>
      <fieldset>
        <legend>Unités de consommation</legend>
        <div className="field-row">
          <TextField label="Premier adulte" inputMode="decimal" {...f.field("ucPremierAdulte")} />
          <TextField label="Autre personne de 14 ans ou plus" inputMode="decimal" {...f.field("ucAutrePersonne14")} />
          <TextField label="Enfant de moins de 14 ans" inputMode="decimal" {...f.field("ucEnfantMoins14")} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Nombre de parts</legend>
        <div className="field-row">
          <TextField label="Part par adulte" inputMode="decimal" {...f.field("partAdulte")} />
          <TextField label="Part par enfant (1er et 2e)" inputMode="decimal" {...f.field("partEnfant")} />
          <TextField label="Part par enfant à partir du 3e" inputMode="decimal" {...f.field("partEnfantDesTroisieme")} />
        </div>
      </fieldset>
      <h2>Orientations</h2>
      <TextField label="Relance des orientations sans réponse (jours)" type="number" min={1} max={180} inputMode="numeric"
        hint="Passé ce délai sans réponse du partenaire, l'orientation apparaît dans la liste « À faire » de son auteur."
        {...f.field("orientationRelanceJours")} />
      <h2>Domiciliation</h2>
      <TextField label="Délai avant retour du courrier à l'expéditeur (jours)" type="number" min={1} max={90} inputMode="numeric"
        hint="Passé ce délai sans être retiré, un courrier est signalé « à retourner » dans le registre du courrier."
        {...f.field("courrierRetourJours")} />
      <SubmitButton handle={f}>Enregistrer</SubmitButton>
      </ActionForm>
    </section>
  );
}
