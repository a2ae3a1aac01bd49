"use client";

// Filters of the structure's orientations. They only write the URL; the server reads it back.
import Link from "next/link";
import { useOptimistic } from "react";
import { SelectField } from "@/components/forms/field";
import { useQueryNavigation } from "@/components/data-table/use-query-navigation";
import { ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { AGE_FILTERS } from "@/lib/domain/orientations/schemas";

export type OrientationFilterValues = { statut: string; partenaire: string; referent: string; age: string };

type Props = {
  values: OrientationFilterValues;
  partenaires: { id: string; nom: string }[];
  referents: { id: string; firstName: string; lastName: string }[];
  actorId: string;
};

export function OrientationFilters({ values, partenaires, referents, actorId }: Props) {
  const { navigate, isPending } = useQueryNavigation();
  const [selected, setSelected] = useOptimistic(values, (current, patch: Partial<OrientationFilterValues>) => ({ ...current, ...patch }));
  const change = (key: keyof OrientationFilterValues, value: string) =>
    navigate({ [key]: value || null, page: null }, { before: () => setSelected({ [key]: value }) });
  return (
    <form role="search" aria-label="Filtres des orientations" action="/orientations" method="get" className="card" onSubmit={(e) => e.preventDefault()}>
      <div className="filters">
        <SelectField label="Statut" name="statut" value={selected.statut} onChange={(e) => change("statut", e.target.value)}>
          <option value="">Tous</option>
          <option value="en_attente">En attente de réponse</option>
          {Object.entries(ORIENTATION_STATUS_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
        <SelectField label="Service partenaire" name="partenaire" value={selected.partenaire} onChange={(e) => change("partenaire", e.target.value)}>
          <option value="">Tous</option>
          {partenaires.map((p) => <option key={p.id} value={p.id}>{p.nom}</option>)}
        </SelectField>
        <SelectField label="Référent de la personne" name="referent" value={selected.referent} onChange={(e) => change("referent", e.target.value)}>
          <option value="">Tous</option>
          {referents.map((r) => <option key={r.id} value={r.id}>{r.lastName} {r.firstName}{r.id === actorId ? " (moi)" : ""}</option>)}
        </SelectField>
        <SelectField label="Ancienneté" name="age" value={selected.age} onChange={(e) => change("age", e.target.value)}>
          <option value="">Indifférente</option>
          {AGE_FILTERS.map((d) => <option key={d} value={String(d)}>Plus de {d} jours</option>)}
        </SelectField>
      </div>
      <p style={{ margin: 0, display: "flex", gap: "1rem" }}>
        <Link href="/orientations">Réinitialiser les filtres</Link>
        {isPending ? <span className="muted" aria-hidden="true">Mise à jour…</span> : null}
      </p>
    </form>
  );
}
