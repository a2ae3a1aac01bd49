// The words of a passage and a queue entry in the dossier (its history and the right-of-access
// document say them the same way).
import { FILE_STATUS_LABELS, MOTIF_LABELS, REPONSE_LABELS, type Motif, type Reponse } from "./labels";

export const motifsText = (motifs: Motif[]) => motifs.map((m) => MOTIF_LABELS[m]).join(", ") || "Motif non précisé";

export const passageAnswer = (reponse: Reponse, partenaire: string | null | undefined) =>
  `${REPONSE_LABELS[reponse]}${reponse === "ORIENTATION_PARTENAIRE" && partenaire ? ` : ${partenaire}` : ""}`;

/** "Pris·e en charge par Élodie Marchand", "Orientée ailleurs : CAF", "En attente". */
export function queueOutcome(status: keyof typeof FILE_STATUS_LABELS, by: string | null, precision: string | null) {
  return `${FILE_STATUS_LABELS[status]}${status === "PRIS_EN_CHARGE" && by ? ` par ${by}` : ""}${precision ? ` : ${precision}` : ""}`;
}
