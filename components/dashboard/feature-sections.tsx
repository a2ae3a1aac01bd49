// Sections of other features' figures (xxxDashboardFigures(actor, filter) in lib/domain/<feature>/
// dashboard.ts), each fetching its own figures. Shown, not exported (the rapport d'activité holds
// the dashboard's own tables).
import { agendaDashboardFigures } from "@/lib/domain/agenda/dashboard";
import { ateliersDashboardFigures } from "@/lib/domain/ateliers/dashboard";
import { domiciliationDashboardFigures } from "@/lib/domain/domiciliation/dashboard";
import type { DashboardTable } from "@/lib/domain/dashboard/tables";
import { DashboardSection, FigureBlock, chartOf } from "./section";
import type { SectionProps } from "./section-props";

const pct = (v: number | null) => (v == null ? "—" : `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(v)} %`);

export async function AgendaSection({ actor, filter }: SectionProps) {
  const f = await agendaDashboardFigures(actor, filter);
  if (!f) return null;
  const table: DashboardTable = {
    key: "agenda", title: "Rendez-vous honorés, excusés et non venus par site",
    columns: [{ header: "Site", kind: "texte" }, { header: "Honorés", kind: "int" }, { header: "Excusés", kind: "int" }, { header: "Non venus", kind: "int" }, { header: "Taux de non-venue", kind: "texte" }],
    rows: [...f.parSite, f.total].filter((l) => l.honores + l.excuses + l.nonVenus > 0)
      .map((l) => [{ v: l.label }, { v: l.honores }, { v: l.excuses }, { v: l.nonVenus }, { v: pct(l.taux) }]),
  };
  return (
    <DashboardSection id="agenda" title="Rendez-vous">
      <FigureBlock table={table} exportQuery={null} chart={chartOf({ ...table, rows: table.rows.slice(0, -1) }, [1, 2, 3], true)} />
    </DashboardSection>
  );
}

export async function AteliersSection({ actor, filter }: SectionProps) {
  const f = await ateliersDashboardFigures(actor, filter);
  const table: DashboardTable = {
    key: "ateliers", title: "Ateliers collectifs réalisés par thème",
    columns: [{ header: "Thème", kind: "texte" }, { header: "Séances réalisées", kind: "int" }, { header: "Participations", kind: "int" }],
    rows: f.parTheme.map((t) => [{ v: t.label }, { v: t.seances }, { v: t.participants }]),
  };
  return (
    <DashboardSection id="ateliers" title="Ateliers collectifs">
      <p>
        {f.seancesRealisees} séance{f.seancesRealisees > 1 ? "s" : ""} réalisée{f.seancesRealisees > 1 ? "s" : ""}, {f.participations} participation{f.participations > 1 ? "s" : ""} de {f.personnes} personne{f.personnes > 1 ? "s" : ""},
        taux de présence {pct(f.tauxPresence == null ? null : f.tauxPresence * 100)} ; {f.seancesPlanifiees} planifiée{f.seancesPlanifiees > 1 ? "s" : ""}, {f.seancesAnnulees} annulée{f.seancesAnnulees > 1 ? "s" : ""}.
      </p>
      <FigureBlock table={table} exportQuery={null} chart={chartOf(table, [1, 2])} />
    </DashboardSection>
  );
}

export async function DomiciliationSection({ actor, filter }: SectionProps) {
  const f = await domiciliationDashboardFigures(actor, filter);
  if (!f) return null;
  const table: DashboardTable = {
    key: "domiciliation", title: "Domiciliations",
    columns: [{ header: "Indicateur", kind: "texte" }, { header: "Nombre", kind: "int" }],
    rows: [
      ["En vigueur aujourd'hui", f.enVigueur], ["Demandes de la période", f.demandes], ["Accordées sur la période", f.accordees],
      ["Refusées sur la période", f.refusees], ["Terminées sur la période", f.terminees], ["Décisions en retard (plus de 2 mois)", f.decisionsEnRetard],
    ].map(([label, n]) => [{ v: label as string }, { v: n as number }]),
  };
  return (
    <DashboardSection id="domiciliation" title="Domiciliation">
      <FigureBlock table={table} exportQuery={null} />
    </DashboardSection>
  );
}
