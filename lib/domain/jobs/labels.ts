// French wording of job outcomes and of the counters the jobs put in their summaries.
export const JOB_OUTCOME_LABELS = { EN_COURS: "En cours", SUCCES: "Réussie", ECHEC: "Échec", INTERROMPUE: "Interrompue" } as const;
export const JOB_OUTCOME_TONES = { EN_COURS: "info", SUCCES: "success", ECHEC: "danger", INTERROMPUE: "warning" } as const;

const SUMMARY_LABELS: Record<string, string> = {
  supprimees: "supprimées", signales: "dossiers signalés", retires: "retirés de la liste", anonymises: "anonymisés",
};
export const summaryLabel = (key: string) => SUMMARY_LABELS[key] ?? key;
