"use client";

// Search and filters of the caseload table, folded to one line (issue 18). The form is posted
// (the searched name never enters the address: decision 0064) and works without JavaScript; with
// it, the search runs while typing and a select applies at once, through the URL, so a filtered
// list is a link and the back button undoes a change.
import Link from "next/link";
import { useActionState, useOptimistic } from "react";
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { AGE_BANDS, MENAGE_TYPES, QUARTIER_NON_RENSEIGNE } from "@/lib/domain/usagers/profile-labels";
import { searchUsagersAction } from "@/lib/actions/usagers";
import { SelectField } from "@/components/forms/field";
import { FilterChips, type FilterChip } from "@/components/forms/filter-chips";
import { useQueryNavigation } from "@/components/data-table/use-query-navigation";
import { useSealedSearch } from "./use-sealed-search";

export type UsagerFilterValues = {
  q: string; referent: string; quartier: string; statut: string; sansContact: string; accompagnement: string;
  site: string; tranche: string; menage: string;
};
type SelectKey = Exclude<keyof UsagerFilterValues, "q">;

type Props = {
  /** The signed-in user, marked "(moi)" in the référents. */
  actorId: string;
  referents: { id: string; firstName: string; lastName: string }[];
  quartiers: string[];
  sites: { id: string; name: string }[];
  /** As parsed by the server (invalid URL values already replaced by defaults). */
  values: UsagerFilterValues;
  chips: FilterChip[];
  scope: { mine: boolean; all: boolean; mineHref: string; allHref: string };
  /** Parameters the form has no field for (period of a dashboard link, sort), sent along. */
  hidden: Record<string, string>;
};

const DEFAULT_STATUT = "ACTIF";
const SANS_CONTACT_DAYS = [30, 60, 90, 180, 365];

export function UsagerListFilters({ actorId, referents, quartiers, sites, values, chips, scope, hidden }: Props) {
  const { navigate, isPending: navigating } = useQueryNavigation();
  // A select shows the new choice at once, while the server renders the matching rows.
  const [selected, setSelected] = useOptimistic(values, (current, patch: Partial<UsagerFilterValues>) => ({ ...current, ...patch }));
  const { term, setTerm, isPending: searching } = useSealedSearch(values.q);
  // Sent (Enter, the button, or before hydration) the action answers with a redirect to the list.
  const [, postSearch] = useActionState(searchUsagersAction, null);

  // Any filter change goes back to page 1; the sealed search in the URL stays.
  const change = (key: SelectKey, value: string) => {
    const urlValue = key === "statut" && value === DEFAULT_STATUT ? null : value;
    navigate({ [key]: urlValue, page: null }, { before: () => setSelected({ [key]: value }) });
  };

  const knownReferent = ["tous", "aucun"].includes(selected.referent) || referents.some((r) => r.id === selected.referent);
  const knownQuartier = selected.quartier === "" || selected.quartier === QUARTIER_NON_RENSEIGNE || quartiers.includes(selected.quartier);
  return (
    <form role="search" aria-label="Recherche et filtres des usagers" action={postSearch} className="work-filters">
      <div className="work-filters__bar">
        <label htmlFor="usager-q" className="work-filters__label">Rechercher</label>
        <input
          id="usager-q"
          className="work-filters__search"
          type="search"
          name="q"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder="Nom, prénom ou n° de dossier"
          aria-describedby="usager-q-hint"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <span id="usager-q-hint" className="sr-only">Nom, nom de naissance, prénom ou numéro de dossier. Raccourci : touche barre oblique.</span>
        <button type="submit" className="btn btn--small btn--secondary">Rechercher</button>
        {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <nav className="scope-switch" aria-label="Dossiers affichés">
          <Link href={scope.mineHref} aria-current={scope.mine ? "true" : undefined}>Mes dossiers</Link>
          <Link href={scope.allHref} aria-current={scope.all ? "true" : undefined}>Toute la structure</Link>
        </nav>
        {searching || navigating ? <span className="muted" aria-hidden="true">Mise à jour…</span> : null}
      </div>
      <details className="work-filters__more">
        <summary>Filtres ({chips.length})</summary>
        <div className="filters">
          <SelectField label="Référent" name="referent" value={selected.referent} onChange={(e) => change("referent", e.target.value)}>
            <option value="tous">Tous</option>
            <option value="aucun">Sans référent</option>
            {referents.map((r) => (
              <option key={r.id} value={r.id}>
                {r.lastName} {r.firstName}
                {r.id === actorId ? " (moi)" : ""}
              </option>
            ))}
            {/* A shared link may name someone no longer active: keep the choice visible. */}
            {knownReferent ? null : <option value={selected.referent}>Référent inactif</option>}
          </SelectField>
          <SelectField label="Quartier" name="quartier" value={selected.quartier} onChange={(e) => change("quartier", e.target.value)}>
            <option value="">Tous</option>
            {quartiers.map((quartier) => (
              <option key={quartier} value={quartier}>{quartier}</option>
            ))}
            <option value={QUARTIER_NON_RENSEIGNE}>Non renseigné</option>
            {knownQuartier ? null : <option value={selected.quartier}>{selected.quartier}</option>}
          </SelectField>
          <SelectField label="Site" name="site" value={selected.site} onChange={(e) => change("site", e.target.value)}>
            <option value="">Tous</option>
            {sites.map((site) => <option key={site.id} value={site.id}>{site.name}</option>)}
            {selected.site === "" || sites.some((site) => site.id === selected.site) ? null : <option value={selected.site}>Site inconnu</option>}
          </SelectField>
          <SelectField label="Tranche d'âge" name="tranche" value={selected.tranche} onChange={(e) => change("tranche", e.target.value)}>
            <option value="">Indifférent</option>
            {Object.entries(AGE_BANDS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </SelectField>
          <SelectField label="Type de ménage" name="menage" value={selected.menage} onChange={(e) => change("menage", e.target.value)}>
            <option value="">Indifférent</option>
            {Object.entries(MENAGE_TYPES).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </SelectField>
          <SelectField label="Statut" name="statut" value={selected.statut} onChange={(e) => change("statut", e.target.value)}>
            <option value="ACTIF">Actifs</option>
            <option value="INACTIF">Inactifs</option>
            <option value="ARCHIVE">Archivés</option>
            <option value="tous">Tous</option>
          </SelectField>
          <SelectField
            label="Sans contact depuis plus de"
            name="sansContact"
            value={selected.sansContact}
            onChange={(e) => change("sansContact", e.target.value)}
          >
            <option value="">Indifférent</option>
            {SANS_CONTACT_DAYS.map((days) => (
              <option key={days} value={String(days)}>{days} jours</option>
            ))}
            {selected.sansContact === "" || SANS_CONTACT_DAYS.includes(Number(selected.sansContact)) ? null : (
              <option value={selected.sansContact}>{selected.sansContact} jours</option>
            )}
          </SelectField>
          <SelectField label="Accompagnement en cours" name="accompagnement" value={selected.accompagnement} onChange={(e) => change("accompagnement", e.target.value)}>
            <option value="">Indifférent</option>
            {Object.entries(ACCOMPAGNEMENT_TYPE_SHORT).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </SelectField>
        </div>
        <p className="work-filters__actions">
          {/* Without JavaScript a select does nothing by itself: this sends the form. */}
          <button type="submit" className="btn btn--small">Appliquer les filtres</button>
          <Link href="/usagers">Réinitialiser les filtres</Link>
        </p>
      </details>
      <FilterChips chips={chips} />
    </form>
  );
}
