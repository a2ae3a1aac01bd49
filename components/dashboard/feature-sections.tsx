// Sections of other features' figures (xxxDashboardFigures(actor, filter) in lib/domain/<feature>/
// dashboard.ts), each fetching its own figures; their tables are built next to the figures, with
// a link on each number to the list of what it counts. Shown, not exported (the rapport
// d'activité holds the dashboard's own tables).
import Link from "next/link";
import type { ReactNode } from "react";
import { agendaDashboardFigures, agendaDashboardTable } from "@/lib/domain/agenda/dashboard";
import { ateliersDashboardFigures, ateliersDashboardView } from "@/lib/domain/ateliers/dashboard";
import { domiciliationDashboardFigures, domiciliationDashboardTable } from "@/lib/domain/domiciliation/dashboard";
import { accueilDashboardFigures, accueilDashboardTables } from "@/lib/domain/accueil/dashboard";
import type { Cell } from "@/lib/domain/shared/figure-table";
import { DashboardSection, FigureBlock, chartOf } from "./section";
import type { SectionProps } from "./section-props";

const pct = (v: number | null) => (v == null ? "—" : `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(v)} %`);
const s = (n: number) => (n > 1 ? "s" : "");
/** Honorés, excusés, non venus: the agenda's own colours (green, amber, red). */
const AGENDA_COLORS = ["#18753c", "#8a5300", "#b3261e"];

/** A number of a sentence, linked to its list when it has one; `label` says what the link opens. */
function Num({ cell, text, label }: { cell: Cell; text: ReactNode; label: string }) {
  return cell.href ? <Link href={cell.href} aria-label={`${label} : voir la liste`}>{text}</Link> : <>{text}</>;
}

export async function AgendaSection({ actor, filter, links }: SectionProps) {
  const f = await agendaDashboardFigures(actor, filter);
  if (!f) return null;
  const table = agendaDashboardTable(f, links);
  return (
    <DashboardSection id="agenda" title="Rendez-vous">
      <FigureBlock table={table} exportQuery={null} chart={chartOf({ ...table, rows: table.rows.slice(0, -1) }, [1, 2, 3], true, AGENDA_COLORS)} />
    </DashboardSection>
  );
}

export async function AteliersSection({ actor, filter, links }: SectionProps) {
  const f = await ateliersDashboardFigures(actor, filter);
  const { table, summary: m } = ateliersDashboardView(f, links);
  const taux = pct(f.tauxPresence == null ? null : f.tauxPresence * 100);
  return (
    <DashboardSection id="ateliers" title="Ateliers collectifs">
      <p>
        <Num cell={m.seancesRealisees} text={`${f.seancesRealisees} séance${s(f.seancesRealisees)} réalisée${s(f.seancesRealisees)}`} label={`${f.seancesRealisees} séance${s(f.seancesRealisees)} réalisée${s(f.seancesRealisees)}`} />,{" "}
        <Num cell={m.participations} text={`${f.participations} participation${s(f.participations)}`} label={`${f.participations} participation${s(f.participations)}`} /> de{" "}
        <Num cell={m.personnes} text={`${f.personnes} personne${s(f.personnes)}`} label={`${f.personnes} personne${s(f.personnes)}`} />,
        taux de présence <Num cell={m.tauxPresence} text={taux} label={`Taux de présence ${taux}`} /> ;{" "}
        <Num cell={m.seancesPlanifiees} text={`${f.seancesPlanifiees} séance${s(f.seancesPlanifiees)} planifiée${s(f.seancesPlanifiees)}`} label={`${f.seancesPlanifiees} séance${s(f.seancesPlanifiees)} planifiée${s(f.seancesPlanifiees)}`} />,{" "}
        <Num cell={m.seancesAnnulees} text={`${f.seancesAnnulees} séance${s(f.seancesAnnulees)} annulée${s(f.seancesAnnulees)}`} label={`${f.seancesAnnulees} séance${s(f.seancesAnnulees)} annulée${s(f.seancesAnnulees)}`} />.
      </p>
      <FigureBlock table={table} exportQuery={null} chart={chartOf(table, [1, 2])} />
    </DashboardSection>
  );
}

export async function DomiciliationSection({ actor, filter, links }: SectionProps) {
  const f = await domiciliationDashboardFigures(actor, filter);
  if (!f) return null;
  return (
    <DashboardSection id="domiciliation" title="Domiciliation">
      <FigureBlock table={domiciliationDashboardTable(f, links)} exportQuery={null} />
    </DashboardSection>
  );
}

export async function AccueilSection({ actor, filter, links }: SectionProps) {
  const f = await accueilDashboardFigures(actor, filter);
  if (!f) return null;
  const [sites, motifs, reponses, jours, heures, file] = accueilDashboardTables(f, links);
  return (
    <DashboardSection id="accueil" title="Accueil du public">
      <p>{f.total} passage{s(f.total)} à l&apos;accueil, dont {f.anonymes} sans dossier ; {f.file.vus} personne{s(f.file.vus)} reçue{s(f.file.vus)} à la permanence sans rendez-vous, {f.file.partis} partie{s(f.file.partis)} sans être reçue{s(f.file.partis)}.</p>
      <FigureBlock table={sites!} exportQuery={null} />
      <FigureBlock table={motifs!} exportQuery={null} chart={chartOf(motifs!, [1])} />
      <FigureBlock table={reponses!} exportQuery={null} chart={chartOf(reponses!, [1])} />
      <FigureBlock table={jours!} exportQuery={null} />
      <FigureBlock table={heures!} exportQuery={null} chart={chartOf(heures!, [1])} />
      <FigureBlock table={file!} exportQuery={null} />
    </DashboardSection>
  );
}
