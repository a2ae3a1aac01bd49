import { Badge } from "@/components/ui/badge";
import { FICHE_STATUS_LABELS, FICHE_URGENCE_LABELS, RDV_LIEU_LABELS, type FicheStatus, type FicheUrgence, type RdvLieu } from "@/lib/domain/fiches/labels";
import { formatDateTime } from "@/lib/format";

const STATUS_TONES: Record<FicheStatus, "success" | "danger" | "warning" | "info" | undefined> = {
  ENVOYEE: "warning", RECUE: "info", EN_COURS: "info", RDV_FIXE: "success", REORIENTEE: undefined, CLOTUREE: undefined,
};

export function FicheStatusBadge({ status }: { status: FicheStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{FICHE_STATUS_LABELS[status]}</Badge>;
}

/** Normal urgency is the rule: only the exceptions get a badge, so they stand out. */
export function UrgenceBadge({ urgence }: { urgence: FicheUrgence }) {
  if (urgence === "NORMALE") return <>{FICHE_URGENCE_LABELS.NORMALE}</>;
  return <Badge tone={urgence === "URGENTE" ? "danger" : "warning"}>{FICHE_URGENCE_LABELS[urgence]}</Badge>;
}

export function RdvText({ rdvDate, rdvLieu, rdvLieuPrecision }: { rdvDate: Date | null; rdvLieu: RdvLieu | null; rdvLieuPrecision: string | null }) {
  if (!rdvDate) return <span className="muted">—</span>;
  return (
    <>
      Le {formatDateTime(rdvDate)}
      {rdvLieu ? <>, {RDV_LIEU_LABELS[rdvLieu]}</> : null}
      {rdvLieuPrecision ? <> ({rdvLieuPrecision})</> : null}
    </>
  );
}
