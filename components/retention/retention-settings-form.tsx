"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import type { z } from "zod";
import { ZRetentionSettings } from "@/lib/domain/settings/retention-schemas";
import { updateRetentionSettingsAction } from "@/lib/actions/settings";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { TextField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";

type Values = {
  auditConservationMois: string; inactiviteAnonymisationMois: string; aidesRefuseesConservationMois: string;
  anonymisationAutomatique: boolean; anonymisationDelaiGraceJours: string;
};

/** Retention periods (CNIL): the scheduled jobs read them every night. */
export function RetentionSettingsForm({ initial }: { initial: Values }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values, unknown, z.output<typeof ZRetentionSettings>>({ resolver: zodResolver(ZRetentionSettings) as never, defaultValues: initial });
  const { register, formState: { errors, isSubmitting } } = form;

  async function onSubmit() {
    const result = await updateRetentionSettingsAction(form.getValues());
    if (!result.ok) return setMessage({ tone: "error", text: applyServerErrors(form.setError as never, result) ?? "" });
    setMessage({ tone: "success", text: "Durées de conservation enregistrées : elles s'appliquent dès la prochaine exécution des tâches." });
  }

  return (
    <form className="form card" onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="conservation-titre">
      <h2 id="conservation-titre">Conservation des données</h2>
      <p className="muted">
        Durées appliquées chaque nuit par les tâches planifiées. Les dossiers sans contact sont <Link href="/parametres/conservation">listés pour revue</Link> avant
        toute anonymisation ; voir aussi l&apos;<Link href="/admin/taches">historique des tâches planifiées</Link>.
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="field-row">
        <TextField label="Journal d'audit (mois)" type="number" min={6} max={60} inputMode="numeric"
          hint="Les entrées plus anciennes sont supprimées (12 mois par défaut)."
          error={errors.auditConservationMois?.message} {...register("auditConservationMois")} />
        <TextField label="Dossiers sans contact avant anonymisation (mois)" type="number" min={12} max={120} inputMode="numeric"
          hint="24 mois par défaut."
          error={errors.inactiviteAnonymisationMois?.message} {...register("inactiviteAnonymisationMois")} />
        <TextField label="Demandes d'aide refusées ou abandonnées (mois)" type="number" min={6} max={120} inputMode="numeric"
          hint="Supprimées après ce délai (24 mois par défaut)."
          error={errors.aidesRefuseesConservationMois?.message} {...register("aidesRefuseesConservationMois")} />
      </div>
      <label className="checkbox">
        <input type="checkbox" {...register("anonymisationAutomatique")} />
        <span>Anonymisation automatique : sans confirmation, après le délai de grâce (désactivée par défaut)</span>
      </label>
      {errors.anonymisationAutomatique?.message ? <p className="field-error">{errors.anonymisationAutomatique.message}</p> : null}
      <TextField label="Délai de grâce avant anonymisation automatique (jours)" type="number" min={7} max={365} inputMode="numeric"
        error={errors.anonymisationDelaiGraceJours?.message} {...register("anonymisationDelaiGraceJours")} />
      <button type="submit" className="btn" disabled={isSubmitting}>Enregistrer les durées</button>
    </form>
  );
}
