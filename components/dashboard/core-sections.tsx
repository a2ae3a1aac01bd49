// The dashboard's own sections. Each is one component taking the same props, so a feature's
// section (agenda, ateliers, domiciliation…) is one more line in sections.tsx.
import Link from "next/link";
import type { TableKey } from "@/lib/domain/dashboard/tables";
import type { DashboardTable } from "@/lib/domain/shared/figure-table";
import { DashboardSection, FigureBlock, chartOf } from "./section";
import type { SectionProps } from "./section-props";

function Total({ n, href }: { n: number; href?: string }) {
  const text = <strong>{n.toLocaleString("fr-FR")}</strong>;
  return href && n > 0 ? <Link href={href}>{text}</Link> : text;
}

const pick = (tables: DashboardTable[], key: TableKey) => tables.find((t) => t.key === key)!;

export function CaseloadSection({ tables, exportQuery, mine }: SectionProps) {
  const t = pick(tables, "charge");
  const last = t.columns.length;
  return (
    <DashboardSection id="charge" title={mine ? "Votre file active" : "Charge de l'équipe"}>
      <FigureBlock table={t} exportQuery={exportQuery}
        chart={chartOf(t, [1, last - 3, last - 1])}
        intro={<p className="muted">Dossiers actifs dont la personne est référente, accompagnements ouverts, entretiens de la période (visites à domicile à part) et dossiers sans contact depuis 60 ou 90 jours à ce jour.</p>} />
    </DashboardSection>
  );
}

export function FichesSection({ tables, exportQuery }: SectionProps) {
  const t = pick(tables, "fiches");
  return (
    <DashboardSection id="fiches" title="Fiches de liaison">
      <FigureBlock table={t} exportQuery={exportQuery} chart={chartOf(t, [1, 2])}
        intro={<p className="muted">Fiches envoyées sur la période par chaque mairie de quartier, fiches en attente aujourd’hui, délais médian et du 9e décile (90 % des fiches ont été traitées plus vite).</p>} />
    </DashboardSection>
  );
}

export function OrientationsSection({ tables, exportQuery }: SectionProps) {
  const t = pick(tables, "orientations");
  return (
    <DashboardSection id="orientations" title="Orientations">
      <FigureBlock table={t} exportQuery={exportQuery} chart={chartOf(t, [2, 3, 4, 5, 6, 7], true)}
        intro={<p className="muted">Orientations datées de la période, par service partenaire et statut actuel ; délais en jours depuis l’orientation.</p>} />
    </DashboardSection>
  );
}

export function AidesSection({ tables, exportQuery }: SectionProps) {
  const t = pick(tables, "aides");
  return (
    <DashboardSection id="aides" title="Aides facultatives">
      <FigureBlock table={t} exportQuery={exportQuery} chart={chartOf(t, [1, 3, 5])}
        intro={<p className="muted">Demandes faites sur la période (nombre et montants), accordées et refusées parmi elles ; décisions en attente aujourd’hui, toutes périodes confondues.</p>} />
    </DashboardSection>
  );
}

export function UsagersSection({ tables, exportQuery, totals }: SectionProps) {
  return (
    <DashboardSection id="usagers" title="Nouveaux dossiers et dossiers actifs">
      <p>
        <Total n={totals.nouveaux} href={totals.links.nouveaux} /> nouveaux dossiers et{" "}
        <Total n={totals.actifs} href={totals.links.actifs} /> dossiers actifs (au moins un entretien) sur la période.
      </p>
      {(["quartiers", "ages", "menages"] as const).map((key) => {
        const t = pick(tables, key);
        return <FigureBlock key={key} table={t} exportQuery={exportQuery} chart={chartOf(t, [1, 2])} />;
      })}
    </DashboardSection>
  );
}
