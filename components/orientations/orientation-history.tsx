import type { OrientationDetail } from "@/lib/domain/orientations/detail";
import { ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { formatDate } from "@/lib/format";

/** Each status change with the day it happened (the day typed, not the day it was recorded). */
export function OrientationHistory({ history }: { history: OrientationDetail["history"] }) {
  return (
    <ol className="timeline">
      {history.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at.toISOString()}>{formatDate(e.at)}</time>
          <div><strong>{e.relance ? "Relance du partenaire" : ORIENTATION_STATUS_LABELS[e.status]}</strong></div>
          {e.motif ? <div className="pre">Motif du refus : {e.motif}</div> : null}
          {e.by ? <div className="muted">enregistré par {e.by}</div> : null}
        </li>
      ))}
    </ol>
  );
}
