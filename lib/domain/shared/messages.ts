// Answers every feature gives in the same words.

/** A record that does not exist and one of another structure look the same (404), on purpose. */
export const NOT_FOUND_MESSAGE = "Élément introuvable ou inaccessible.";
/** An unexpected failure: the transaction was rolled back. */
export const SAVE_FAILED_MESSAGE = "L'enregistrement n'a pas abouti, rien n'a été modifié. Réessayez dans un instant.";
/** A write on an archived (or anonymised) dossier. */
export const ARCHIVED_MESSAGE = "Ce dossier est archivé : il ne peut plus être modifié.";
/** The database did not answer (an outage, a restart): nothing was read or written. */
export const SERVICE_UNAVAILABLE_MESSAGE =
  "Service momentanément indisponible : la base de données ne répond pas. Rien n'a été enregistré, réessayez dans quelques instants.";
