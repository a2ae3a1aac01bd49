// The kinds of notification: their French label (the preferences page, the digest) and who may
// receive them. A notification is never delivered to someone who could not open what it links to.
import type { Role } from "@/lib/auth/actor";

export const NOTIFICATION_KINDS = {
  MENTION: "On me mentionne dans une transmission",
  TACHE_ASSIGNEE: "On me confie une tâche",
  TACHE_ECHEANCE: "Une de mes tâches arrive à échéance demain",
  TACHE_RETARD: "Une de mes tâches est en retard",
  FICHE_ATTRIBUEE: "Une fiche de liaison m'est attribuée",
  AIDE_DECIDEE: "Une aide est décidée sur un dossier dont je suis référent·e",
  ORIENTATION_REPONSE: "Un partenaire a répondu à une de mes orientations",
  ORIENTATION_RELANCE: "Une de mes orientations est à relancer",
  DOCUMENT_AJOUTE: "Un document est ajouté à un dossier dont je suis référent·e",
  DOSSIER_ATTRIBUE: "Un dossier m'est attribué",
  DOMICILIATION_FIN: "Une domiciliation d'un de mes dossiers prend fin dans les 30 jours",
  IMPORT_TERMINE: "Un import de dossiers que j'ai lancé est terminé",
  COMPTE_A_APPROUVER: "Un compte de la structure attend mon approbation",
} as const;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_KEYS = Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]];

const SOCIAL: readonly Role[] = ["TRAVAILLEUR_SOCIAL", "RESPONSABLE"];
/** Who may receive each kind: the roles that may open what it points to. */
export const NOTIFICATION_AUDIENCE: Record<NotificationKind, readonly Role[]> = {
  MENTION: SOCIAL, TACHE_ASSIGNEE: SOCIAL, TACHE_ECHEANCE: SOCIAL, TACHE_RETARD: SOCIAL, FICHE_ATTRIBUEE: SOCIAL,
  AIDE_DECIDEE: SOCIAL, ORIENTATION_REPONSE: SOCIAL, ORIENTATION_RELANCE: SOCIAL, DOCUMENT_AJOUTE: SOCIAL,
  DOSSIER_ATTRIBUE: SOCIAL, DOMICILIATION_FIN: SOCIAL, IMPORT_TERMINE: ["RESPONSABLE", "ADMIN"],
  COMPTE_A_APPROUVER: ["RESPONSABLE"],
};
