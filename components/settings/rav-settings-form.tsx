"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZRavSettings } from "@/lib/domain/settings/schemas";
import { CHARGE_TYPES } from "@/lib/domain/usagers/budget-types";
import { updateRavSettingsAction } from "@/lib/actions/settings";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import type { z } from "zod";

type Input = z.input<typeof ZRavSettings>;
type Values = { [K in keyof Input]: K extends "chargesRetenues" ? Input[K] : string };

export function RavSettingsForm({ initial }: { initial: Values }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values, unknown, z.output<typeof ZRavSettings>>({ resolver: zodResolver(ZRavSettings) as never, defaultValues: initial });
  const { register, formState: { errors, isSubmitting } } = form;
  // Decimal weights typed the French way ("0,5") are accepted.
  const weight = (k: Exclude<keyof Values, "chargesRetenues" | "orientationRelanceJours" | "courrierRetourJours">) => register(k, { setValueAs: (v: string) => String(v).replace(",", ".") });

  async function onSubmit() {
    const result = await updateRavSettingsAction(form.getValues());
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(form.setError as never, result) ?? "" });
    setMessage({ tone: "success", text: "Paramètres enregistrés : ils s'appliquent à tous les dossiers de la structure." });
  }

  return (
    <form className="form card" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <h2 style={{ marginTop: 0 }}>Reste à vivre</h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <fieldset>
        <legend>Charges retenues dans le calcul</legend>
        <div className="checkbox-grid">
          {Object.entries(CHARGE_TYPES).map(([value, label]) => (
            <label key={value} className="checkbox">
              <input type="checkbox" value={value} {...register("chargesRetenues")} />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Unités de consommation</legend>
        <div className="field-row">
          <TextField label="Premier adulte" inputMode="decimal" error={errors.ucPremierAdulte?.message} {...weight("ucPremierAdulte")} />
          <TextField label="Autre personne de 14 ans ou plus" inputMode="decimal" error={errors.ucAutrePersonne14?.message} {...weight("ucAutrePersonne14")} />
          <TextField label="Enfant de moins de 14 ans" inputMode="decimal" error={errors.ucEnfantMoins14?.message} {...weight("ucEnfantMoins14")} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Nombre de parts</legend>
        <div className="field-row">
          <TextField label="Part par adulte" inputMode="decimal" error={errors.partAdulte?.message} {...weight("partAdulte")} />
          <TextField label="Part par enfant (1er et 2e)" inputMode="decimal" error={errors.partEnfant?.message} {...weight("partEnfant")} />
          <TextField label="Part par enfant à partir du 3e" inputMode="decimal" error={errors.partEnfantDesTroisieme?.message} {...weight("partEnfantDesTroisieme")} />
        </div>
      </fieldset>
      <h2>Orientations</h2>
      <TextField label="Relance des orientations sans réponse (jours)" type="number" min={1} max={180} inputMode="numeric"
        hint="Passé ce délai sans réponse du partenaire, l'orientation apparaît dans la liste « À faire » de son auteur."
        error={errors.orientationRelanceJours?.message} {...register("orientationRelanceJours")} />
      <h2>Domiciliation</h2>
      <TextField label="Délai avant retour du courrier à l'expéditeur (jours)" type="number" min={1} max={90} inputMode="numeric"
        hint="Passé ce délai sans être retiré, un courrier est signalé « à retourner » dans le registre du courrier."
        error={errors.courrierRetourJours?.message} {...register("courrierRetourJours")} />
      <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer</button>
    </form>
  );
}
