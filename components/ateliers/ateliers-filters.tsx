"use client";

// Filters of the workshops list. They only write the URL; the server reads it back.
import Link from "next/link";
import { useOptimistic } from "react";
import { SelectField } from "@/components/forms/field";
import { useQueryNavigation } from "@/components/data-table/use-query-navigation";
import { ATELIER_STATUS_LABELS, ATELIER_THEME_LABELS } from "@/lib/domain/ateliers/labels";

export type AtelierFilterValues = { periode: string; theme: string; statut: string; site: string; animateur: string };

export function AteliersFilters({ values, sites }: { values: AtelierFilterValues; sites: { id: string; name: string }[] }) {
  const { navigate, isPending } = useQueryNavigation();
  const [selected, setSelected] = useOptimistic(values, (current, patch: Partial<AtelierFilterValues>) => ({ ...current, ...patch }));
  const change = (key: keyof AtelierFilterValues, value: string) =>
    navigate({ [key]: key === "periode" && value === "a-venir" ? null : value || null }, { before: () => setSelected({ [key]: value }) });
  return (
    <form role="search" aria-label="Filtres des ateliers" action="/ateliers" method="get" className="card" onSubmit={(e) => e.preventDefault()}>
      <div className="filters">
        <SelectField label="Période" name="periode" value={selected.periode} onChange={(e) => change("periode", e.target.value)}>
          <option value="a-venir">À venir</option>
          <option value="passes">Passés</option>
        </SelectField>
        <SelectField label="Thème" name="theme" value={selected.theme} onChange={(e) => change("theme", e.target.value)}>
          <option value="">Tous</option>
          {Object.entries(ATELIER_THEME_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <SelectField label="Statut" name="statut" value={selected.statut} onChange={(e) => change("statut", e.target.value)}>
          <option value="">Tous</option>
          {Object.entries(ATELIER_STATUS_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <SelectField label="Site" name="site" value={selected.site} onChange={(e) => change("site", e.target.value)}>
          <option value="">Tous</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </SelectField>
        <SelectField label="Animation" name="animateur" value={selected.animateur} onChange={(e) => change("animateur", e.target.value)}>
          <option value="">Tous les ateliers</option>
          <option value="moi">Ceux que j&apos;anime</option>
        </SelectField>
      </div>
      <p className="muted">
        <Link href="/ateliers">Réinitialiser les filtres</Link>
        {isPending ? <span aria-hidden="true"> · Mise à jour…</span> : null}
      </p>
    </form>
  );
}
