import { Badge } from "@/components/ui/badge";
import { RDV_STATUS_LABELS, type RendezVousStatus } from "@/lib/domain/agenda/labels";

const TONES = { PREVU: "info", HONORE: "success", EXCUSE: "warning", NON_VENU: "danger", ANNULE: undefined } as const;

export function RendezVousStatusBadge({ status }: { status: RendezVousStatus }) {
  return <Badge tone={TONES[status]}>{RDV_STATUS_LABELS[status]}</Badge>;
}
