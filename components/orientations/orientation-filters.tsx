// Filters of the structure's orientations: the shared GET form of every list
// (components/forms/list-filters.tsx), folded behind "Filtres (n)" with the active ones as chips.
import { SelectField } from "@/components/forms/field";
import { chipText, DayRangeFields, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect, valueChips } from "@/components/forms/list-filters";
import { ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { AGE_FILTERS, ORIENTATION_PAGE_SIZES } from "@/lib/domain/orientations/schemas";

export type OrientationFilterValues = {
  statut: string; partenaire: string; referent: string; age: string; du: string; au: string; site: string; auteur: string;
  /** "" for the default page size. */
  taille: string;
};

type Person = { id: string; firstName: string; lastName: string };

type Props = {
  values: OrientationFilterValues;
  partenaires: { id: string; nom: string }[];
  /** The structure's workers: référents of the dossiers and authors of the orientations. */
  referents: Person[];
  sites: { id: string; name: string }[];
  actorId: string;
};

const STATUT_LABELS: Record<string, string> = { en_attente: "En attente de réponse", ...ORIENTATION_STATUS_LABELS };

export function OrientationFilters({ values, partenaires, referents, sites, actorId }: Props) {
  const chips = valueChips("/orientations", values, {
    du: chipText.day("Orientées du"), au: chipText.day("Jusqu'au"),
    statut: chipText.label("Statut", STATUT_LABELS),
    partenaire: (v) => `Service : ${partenaires.find((p) => p.id === v)?.nom ?? "inconnu"}`,
    site: chipText.site("Site", sites),
    auteur: chipText.person("Orientée par", referents),
    referent: chipText.person("Référent", referents),
    age: (v) => `Plus de ${v} jours`,
  });
  const knownPartenaire = !values.partenaire || partenaires.some((p) => p.id === values.partenaire);
  return (
    <ListFilterForm label="Filtres des orientations" action="/orientations" values={values} clearHref="/orientations" chips={chips}>
      <DayRangeFields du={values.du} au={values.au} fromLabel="Orientées du" />
      <SelectField label="Statut" name="statut" defaultValue={values.statut}>
        <option value="">Tous</option>
        {Object.entries(STATUT_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </SelectField>
      <SelectField label="Service partenaire" name="partenaire" defaultValue={values.partenaire}>
        <option value="">Tous</option>
        {partenaires.map((p) => <option key={p.id} value={p.id}>{p.nom}</option>)}
        {knownPartenaire ? null : <option value={values.partenaire}>Service inconnu</option>}
      </SelectField>
      <SiteSelect value={values.site} sites={sites} />
      {/* A dashboard link may name someone no longer active: PersonSelect keeps the choice visible. */}
      <PersonSelect label="Orientée par" name="auteur" value={values.auteur} people={referents} actorId={actorId} unknown="Auteur inactif" />
      <PersonSelect label="Référent de la personne" name="referent" value={values.referent} people={referents} actorId={actorId} unknown="Référent inactif" />
      <SelectField label="Ancienneté" name="age" defaultValue={values.age}>
        <option value="">Indifférente</option>
        {AGE_FILTERS.map((d) => <option key={d} value={String(d)}>Plus de {d} jours</option>)}
      </SelectField>
      <PageSizeSelect value={Number(values.taille || 25)} sizes={ORIENTATION_PAGE_SIZES} />
    </ListFilterForm>
  );
}
