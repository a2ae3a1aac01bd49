"use client";

// Search and category filter of the directory. They only write the URL (shareable, back button
// works); the server component reads it back and searches.
import Link from "next/link";
import { SelectField, TextField } from "@/components/forms/field";
import { useQueryNavigation } from "@/components/data-table/use-query-navigation";
import { useUrlSearchTerm } from "@/components/data-table/use-url-search-term";
import { CATEGORIE_LABELS } from "@/lib/domain/annuaire/labels";


export function AnnuaireFilters({ values, canSeeInactive }: { values: { q: string; categorie: string; inactifs: string }; canSeeInactive: boolean }) {
  const { navigate, isPending } = useQueryNavigation();
  const { term, setTerm, onSubmit } = useUrlSearchTerm(values.q, { navigate, isPending });

  return (
    <form role="search" aria-label="Recherche dans l'annuaire" action="/annuaire" method="get" onSubmit={onSubmit} className="card">
      <div className="filters">
        <TextField label="Rechercher" hint="Nom du service, organisme ou commune" type="search" name="q" value={term}
          onChange={(e) => setTerm(e.target.value)} autoComplete="off" spellCheck={false} maxLength={100} />
        <SelectField label="Catégorie" name="categorie" value={values.categorie}
          onChange={(e) => navigate({ categorie: e.target.value || null, q: term.trim() || null })}>
          <option value="">Toutes</option>
          {Object.entries(CATEGORIE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </SelectField>
      </div>
      <p style={{ margin: 0, display: "flex", gap: "1rem", alignItems: "center", flexWrap: "wrap" }}>
        {canSeeInactive ? (
          <label className="checkbox">
            <input type="checkbox" checked={values.inactifs === "1"} onChange={(e) => navigate({ inactifs: e.target.checked ? "1" : null })} />
            <span>Afficher aussi les services désactivés</span>
          </label>
        ) : null}
        <Link href="/annuaire">Réinitialiser</Link>
        {isPending ? <span className="muted" aria-hidden="true">Mise à jour…</span> : null}
      </p>
    </form>
  );
}
