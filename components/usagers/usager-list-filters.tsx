"use client";

// Search and filters of the caseload table. They only write the URL: the server component reads
// it back, so a filtered list is a link a colleague can open, and the back button undoes a change.
import Link from "next/link";
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { AGE_BANDS, MENAGE_TYPES, QUARTIER_NON_RENSEIGNE } from "@/lib/domain/usagers/profile-labels";
import { useOptimistic } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { useQueryNavigation } from "@/components/data-table/use-query-navigation";
import { useUrlSearchTerm } from "@/components/data-table/use-url-search-term";

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
};

const DEFAULT_STATUT = "ACTIF";
const SANS_CONTACT_DAYS = [30, 60, 90, 180, 365];

export function UsagerListFilters({ actorId, referents, quartiers, sites, values }: Props) {
  const { navigate, isPending } = useQueryNavigation();
  // A select shows the new choice at once, while the server renders the matching rows.
  const [selected, setSelected] = useOptimistic(values, (current, patch: Partial<UsagerFilterValues>) => ({ ...current, ...patch }));
  const { term, setTerm, onSubmit, markSent } = useUrlSearchTerm(values.q, { navigate, isPending }, { page: null });

  // Any filter change goes back to page 1, and takes along a search still waiting for its delay.
  const change = (key: SelectKey, value: string) => {
    const q = term.trim();
    markSent(q);
    const urlValue = key === "statut" && value === DEFAULT_STATUT ? null : value;
    navigate({ [key]: urlValue, q: q || null, page: null }, { before: () => setSelected({ [key]: value }) });
  };

  const knownReferent = selected.referent === "" || selected.referent === "aucun" || referents.some((r) => r.id === selected.referent);
  const knownQuartier = selected.quartier === "" || selected.quartier === QUARTIER_NON_RENSEIGNE || quartiers.includes(selected.quartier);
  return (
    <form role="search" aria-label="Filtres de la liste des usagers" action="/usagers" method="get" onSubmit={onSubmit} className="card">
      <TextField
        label="Rechercher"
        hint="Nom, nom de naissance, prénom ou numéro de dossier"
        type="search"
        name="q"
        value={term}
        onChange={(e) => setTerm(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
      />
      <div className="filters">
        <SelectField label="Référent" name="referent" value={selected.referent} onChange={(e) => change("referent", e.target.value)}>
          <option value="">Tous</option>
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
      <p style={{ margin: 0, display: "flex", gap: "1rem", alignItems: "center" }}>
        <Link href="/usagers">Réinitialiser les filtres</Link>
        {isPending ? <span className="muted" aria-hidden="true">Mise à jour…</span> : null}
      </p>
    </form>
  );
}
