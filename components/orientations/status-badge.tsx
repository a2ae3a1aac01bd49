import { Badge } from "@/components/ui/badge";
import { ORIENTATION_STATUS_LABELS, URGENCE_LABELS, type OrientationStatus, type Urgence } from "@/lib/domain/orientations/labels";

const TONES = {
  ENVOYEE: "info", ACCUSEE: "info", ACCEPTEE: "success", REALISEE: "success", REFUSEE: "danger", SANS_REPONSE: "warning",
} as const;

export function OrientationStatusBadge({ status }: { status: OrientationStatus }) {
  return <Badge tone={TONES[status]}>{ORIENTATION_STATUS_LABELS[status]}</Badge>;
}

/** Only the exceptions get a badge, so they stand out. */
export function UrgenceBadge({ urgence }: { urgence: Urgence }) {
  return urgence === "NORMALE" ? null : <Badge tone={urgence === "URGENTE" ? "danger" : "warning"}>{URGENCE_LABELS[urgence]}</Badge>;
}
