import { Badge } from "@/components/ui/badge";
import { SIGNALEMENT_STATUS_LABELS, type SignalementStatus } from "@/lib/domain/signalements/labels";

const TONES = { NOUVEAU: "warning", EQUIPE_ENVOYEE: "info", RENCONTREE: "success", NON_TROUVEE: "danger", LIE: "success", CLOS: undefined } as const;

export function SignalementStatusBadge({ status }: { status: SignalementStatus }) {
  return <Badge tone={TONES[status]}>{SIGNALEMENT_STATUS_LABELS[status]}</Badge>;
}
