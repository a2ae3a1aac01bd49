import { Badge } from "@/components/ui/badge";
import { DOMICILIATION_STATUS_LABELS, DOMICILIATION_STATUS_TONES } from "@/lib/domain/domiciliation/labels";

/** Status of a domiciliation; a granted one past its validity shows as expired. */
export function DomiciliationStatusBadge({ status }: { status: "DEMANDEE" | "ACCORDEE" | "REFUSEE" | "TERMINEE" | "EXPIREE" }) {
  if (status === "EXPIREE") return <Badge tone="warning">Expirée</Badge>;
  return <Badge tone={DOMICILIATION_STATUS_TONES[status]}>{DOMICILIATION_STATUS_LABELS[status]}</Badge>;
}
