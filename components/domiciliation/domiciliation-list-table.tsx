// One page of the filtered domiciliations: the person (link to the dossier's domiciliation), the
// status as the screens show it (an expired one says so) and its dates.
import { displayStatus } from "@/lib/domain/domiciliation/queries";
import type { DomiciliationListRow } from "@/lib/domain/domiciliation/list";
import { formatCalendarDate } from "@/lib/format";
import { DomiciliationStatusBadge } from "./status-badge";
import { WorklistTable } from "./worklist-table";

export function DomiciliationListTable({ rows, now }: { rows: DomiciliationListRow[]; now: Date }) {
  return (
    <WorklistTable
      caption="Domiciliations, la plus récente d'abord" empty="Aucune domiciliation sur cette page."
      headers={["Statut", "Demande", "Décision", "Fin de validité", "Fin"]}
      rows={rows.map((d) => ({
        id: d.id, usager: d.usager,
        cells: [
          <DomiciliationStatusBadge key="s" status={displayStatus(d, now)} />,
          formatCalendarDate(d.demandeLe), formatCalendarDate(d.decisionLe), formatCalendarDate(d.finValidite), formatCalendarDate(d.finLe),
        ],
      }))}
    />
  );
}
