// Every scheduled job of the product, in one list: each feature adds its own entry.
// A job's `run` does its work across all structures, is idempotent, and is safe to run on two
// app instances at once (the runner also makes sure only one instance runs a given tick).
// `now` is passed in so that tests drive the clock.
export type JobDefinition = {
  /** Stable identifier, kebab-case (e.g. "audit-purge"). */
  name: string;
  /** Cron expression, Europe/Paris time. */
  cron: string;
  /** French, shown to administrators. */
  description: string;
  run: (now: Date) => Promise<unknown>;
};

export const JOBS: JobDefinition[] = [
  {
    name: "rendez-vous-rappels",
    // Hourly in the daytime only: no SMS at night; a rendez-vous gets its reminder within 48 h of it.
    cron: "0 8-19 * * *",
    description: "Rappel par SMS ou e-mail des rendez-vous des deux jours à venir, aux personnes qui l'ont accepté (une seule fois).",
    run: (now) => import("@/lib/domain/agenda/jobs").then((m) => m.sendRendezVousReminders(now)),
  },
  {
    name: "pieces-jointes-purge",
    cron: "30 3 * * *",
    description: "Efface définitivement les pièces jointes supprimées depuis plus de 30 jours (fichier puis fiche).",
    run: (now) => import("@/lib/domain/documents/jobs").then((m) => m.purgeDeletedDocuments(now)),
  },
  {
    name: "journal-audit-purge",
    cron: "0 3 * * *",
    description: "Supprime les entrées du journal d'audit plus anciennes que la durée de conservation de la structure (12 mois par défaut).",
    run: (now) => import("@/lib/domain/retention/jobs").then((m) => m.purgeAuditLog(now)),
  },
  {
    name: "dossiers-sans-contact",
    cron: "15 3 * * *",
    description: "Signale les dossiers sans contact depuis la durée réglée (24 mois par défaut) pour revue par le responsable ; en mode automatique, les anonymise après le délai de grâce.",
    run: (now) => import("@/lib/domain/retention/jobs").then((m) => m.reviewInactiveDossiers(now)),
  },
  {
    name: "aides-refusees-purge",
    cron: "45 3 * * *",
    description: "Supprime les demandes d'aide refusées ou abandonnées depuis plus de la durée réglée (24 mois par défaut).",
    run: (now) => import("@/lib/domain/retention/jobs").then((m) => m.purgeClosedAidRequests(now)),
  },
  {
    name: "limites-debit-purge",
    cron: "20 * * * *",
    description: "Supprime les compteurs de limitation de débit (connexions, téléchargements) dont la fenêtre est terminée.",
    run: (now) => import("@/lib/domain/rate-limit/jobs").then((m) => m.purgeRateLimitsJob(now)),
  },
  {
    name: "domiciliations-propositions",
    cron: "30 4 * * *",
    description: "Propose la fin des domiciliations sans contact depuis plus de trois mois consécutifs et signale le courrier à retourner à l'expéditeur après le délai réglé (15 jours par défaut) : un professionnel confirme.",
    run: (now) => import("@/lib/domain/domiciliation/jobs").then((m) => m.runDomiciliationJob(now)),
  },
  {
    name: "signalements-purge",
    cron: "50 3 * * *",
    description: "Supprime les signalements de la page publique non liés à un dossier après la durée réglée (3 mois par défaut) et efface les coordonnées des personnes qui ont signalé au même terme ; les signalements liés suivent les règles de leur dossier.",
    run: (now) => import("@/lib/domain/signalements/jobs").then((m) => m.purgeSignalements(now)),
  },
  {
    name: "brouillons-purge",
    cron: "55 3 * * *",
    description: "Supprime les brouillons de formulaires (entretiens, diagnostics) non modifiés depuis plus de 30 jours.",
    run: (now) => import("@/lib/domain/drafts/jobs").then((m) => m.purgeOldDrafts(now)),
  },
  {
    name: "notifications-echeances",
    cron: "0 7 * * *",
    description: "Prévient chaque professionnel de ses tâches dues demain ou en retard, de ses orientations à relancer et des domiciliations de ses dossiers qui prennent fin dans les 30 jours (une seule fois chacune).",
    run: (now) => import("@/lib/domain/notifications/jobs").then((m) => m.runNotificationDeadlines(now)),
  },
  {
    name: "notifications-recapitulatif",
    cron: "30 7 * * *",
    description: "Envoie par e-mail, à qui l'a choisi, le nombre de ses notifications non lues par type et un lien, sans aucun nom (une seule fois par notification).",
    run: (now) => import("@/lib/domain/notifications/digest").then((m) => m.sendNotificationDigests(now)),
  },
];
