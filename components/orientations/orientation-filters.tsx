"use client";

// Filters of the structure's orientations. They only write the URL; the server reads it back.
// A select applies at once; a date applies when the field is left or the form is submitted, so
// typing a year digit by digit does not reload the list four times.
import Link from "next/link";
import { useOptimistic, useState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { useQueryNavigation } from "@/components/data-table/use-query-navigation";
import { ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { AGE_FILTERS } from "@/lib/domain/orientations/schemas";
import { isIsoDay } from "@/lib/domain/shared/day-range";

export type OrientationFilterValues = {
  statut: string; partenaire: string; referent: string; age: string; du: string; au: string; site: string; auteur: string;
};
type SelectKey = Exclude<keyof OrientationFilterValues, "du" | "au">;

type Person = { id: string; firstName: string; lastName: string };

type Props = {
  values: OrientationFilterValues;
  partenaires: { id: string; nom: string }[];
  /** The structure's workers: référents of the dossiers and authors of the orientations. */
  referents: Person[];
  sites: { id: string; name: string }[];
  actorId: string;
};

export function OrientationFilters({ values, partenaires, referents, sites, actorId }: Props) {
  const { navigate, isPending } = useQueryNavigation();
  const [selected, setSelected] = useOptimistic(values, (current, patch: Partial<OrientationFilterValues>) => ({ ...current, ...patch }));
  // The typed dates, reset when the URL brings others (back button, "Effacer les filtres").
  const [days, setDays] = useState({ du: values.du, au: values.au });
  const [shown, setShown] = useState({ du: values.du, au: values.au });
  if (shown.du !== values.du || shown.au !== values.au) {
    setShown({ du: values.du, au: values.au });
    setDays({ du: values.du, au: values.au });
  }
  const change = (key: SelectKey, value: string) =>
    navigate({ [key]: value || null, page: null }, { before: () => setSelected({ [key]: value }) });
  const applyDays = () => {
    const valid = (v: string) => v === "" || isIsoDay(v);
    if (!valid(days.du) || !valid(days.au) || (days.du === values.du && days.au === values.au)) return;
    navigate({ du: days.du || null, au: days.au || null, page: null });
  };
  const person = (p: Person) => `${p.lastName} ${p.firstName}${p.id === actorId ? " (moi)" : ""}`;
  const known = (id: string, list: { id: string }[]) => !id || list.some((x) => x.id === id);
  return (
    <form
      role="search" aria-label="Filtres des orientations" action="/orientations" method="get" className="card"
      onSubmit={(e) => { e.preventDefault(); applyDays(); }}
    >
      <div className="filters">
        <TextField label="Orientées du" type="date" name="du" value={days.du} min="2000-01-01" max="2100-12-31"
          onChange={(e) => setDays((d) => ({ ...d, du: e.target.value }))} onBlur={applyDays} />
        <TextField label="Au (inclus)" type="date" name="au" value={days.au} min="2000-01-01" max="2100-12-31"
          onChange={(e) => setDays((d) => ({ ...d, au: e.target.value }))} onBlur={applyDays} />
        <SelectField label="Statut" name="statut" value={selected.statut} onChange={(e) => change("statut", e.target.value)}>
          <option value="">Tous</option>
          <option value="en_attente">En attente de réponse</option>
          {Object.entries(ORIENTATION_STATUS_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <SelectField label="Service partenaire" name="partenaire" value={selected.partenaire} onChange={(e) => change("partenaire", e.target.value)}>
          <option value="">Tous</option>
          {partenaires.map((p) => <option key={p.id} value={p.id}>{p.nom}</option>)}
        </SelectField>
        <SelectField label="Site du dossier" name="site" value={selected.site} onChange={(e) => change("site", e.target.value)}>
          <option value="">Tous</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          {known(selected.site, sites) ? null : <option value={selected.site}>Site inconnu</option>}
        </SelectField>
        <SelectField label="Orientée par" name="auteur" value={selected.auteur} onChange={(e) => change("auteur", e.target.value)}>
          <option value="">Tout le monde</option>
          {referents.map((r) => <option key={r.id} value={r.id}>{person(r)}</option>)}
          {/* A dashboard link may name someone no longer active: keep the choice visible. */}
          {known(selected.auteur, referents) ? null : <option value={selected.auteur}>Auteur inactif</option>}
        </SelectField>
        <SelectField label="Référent de la personne" name="referent" value={selected.referent} onChange={(e) => change("referent", e.target.value)}>
          <option value="">Tous</option>
          {referents.map((r) => <option key={r.id} value={r.id}>{person(r)}</option>)}
        </SelectField>
        <SelectField label="Ancienneté" name="age" value={selected.age} onChange={(e) => change("age", e.target.value)}>
          <option value="">Indifférente</option>
          {AGE_FILTERS.map((d) => <option key={d} value={String(d)}>Plus de {d} jours</option>)}
        </SelectField>
      </div>
      <p style={{ margin: 0, display: "flex", gap: "1rem", alignItems: "center" }}>
        <button type="submit" className="btn btn--small">Appliquer les dates</button>
        <Link href="/orientations">Effacer les filtres</Link>
        {isPending ? <span className="muted" aria-hidden="true">Mise à jour…</span> : null}
      </p>
    </form>
  );
}
