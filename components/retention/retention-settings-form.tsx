"use client";

import Link from "next/link";
import { ZRetentionSettings } from "@/lib/domain/settings/retention-schemas";
import { updateRetentionSettingsAction } from "@/lib/actions/settings";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

type Values = {
  auditConservationMois: string; inactiviteAnonymisationMois: string; aidesRefuseesConservationMois: string;
  anonymisationAutomatique: boolean; anonymisationDelaiGraceJours: string;
};

/** Retention periods (CNIL): the scheduled jobs read them every night. */
export function RetentionSettingsForm({ initial }: { initial: Values }) {
  const f = useActionForm({ schema: ZRetentionSettings, action: updateRetentionSettingsAction, defaultValues: initial });
  const auto = f.group("anonymisationAutomatique");

  return (
    <section className="card" aria-labelledby="conservation-titre">
      <h2 id="conservation-titre">Conservation des données</h2>
      <p className="muted">
        Durées appliquées chaque nuit par les tâches planifiées. Les dossiers sans contact sont <Link href="/parametres/conservation">listés pour revue</Link> avant
        toute anonymisation ; voir aussi l&apos;<Link href="/admin/taches">historique des tâches planifiées</Link>.
      </p>
      <ActionForm handle={f} aria-label="Conservation des données"
        success="Durées de conservation enregistrées : elles s'appliquent dès la prochaine exécution des tâches.">
        <div className="field-row">
          <TextField label="Journal d'audit (mois)" type="number" min={6} max={60} inputMode="numeric"
            hint="Les entrées plus anciennes sont supprimées (12 mois par défaut)." {...f.field("auditConservationMois")} />
          <TextField label="Dossiers sans contact avant anonymisation (mois)" type="number" min={12} max={120} inputMode="numeric"
            hint="24 mois par défaut." {...f.field("inactiviteAnonymisationMois")} />
          <TextField label="Demandes d'aide refusées ou abandonnées (mois)" type="number" min={6} max={120} inputMode="numeric"
            hint="Supprimées après ce délai (24 mois par défaut)." {...f.field("aidesRefuseesConservationMois")} />
        </div>
        <label className="checkbox">
          <input {...f.checkbox("anonymisationAutomatique")} id={auto.id} aria-describedby={auto.error ? `${auto.id}-error` : undefined} />
          <span>Anonymisation automatique : sans confirmation, après le délai de grâce (désactivée par défaut)</span>
        </label>
        {auto.error ? <p className="field-error" id={`${auto.id}-error`}>{auto.error}</p> : null}
        <TextField label="Délai de grâce avant anonymisation automatique (jours)" type="number" min={7} max={365} inputMode="numeric"
          {...f.field("anonymisationDelaiGraceJours")} />
        <SubmitButton handle={f}>Enregistrer les durées</SubmitButton>
      </ActionForm>
    </section>
  );
}
