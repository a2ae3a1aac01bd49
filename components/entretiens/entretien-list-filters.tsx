// Filters of /entretiens (see components/forms/list-filters.tsx).
import type { FilterChip } from "@/components/forms/filter-chips";
import { chipText, DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect } from "@/components/forms/list-filters";
import { CANAL_LABELS } from "@/lib/domain/entretiens/labels";
import { ENTRETIEN_PAGE_SIZES, entretienListQuery, type EntretienListParams } from "@/lib/domain/entretiens/list-params";

type Props = {
  values: EntretienListParams;
  auteurs: { id: string; firstName: string; lastName: string; status: "ACTIVE" | "DISABLED" | "PENDING_APPROVAL" }[];
  sites: { id: string; name: string }[];
  actorId: string;
};

/**
 * The chips, built with the list's own query (not valueChips): an emptied `du=&au=` means "any
 * date", and a chip dropping another filter must keep it, or the 30-day default would come back.
 */
function entretienChips(values: EntretienListParams, auteurs: Props["auteurs"], sites: Props["sites"]): FilterChip[] {
  const href = (patch: Partial<EntretienListParams>) => `/entretiens?${entretienListQuery(values, { ...patch, page: 1 })}`;
  const chips: FilterChip[] = [];
  if (values.du) chips.push({ label: chipText.day("Du")(values.du), href: href({ du: "" }) });
  if (values.au) chips.push({ label: chipText.day("Au")(values.au), href: href({ au: "" }) });
  if (values.canal) chips.push({ label: chipText.label("Canal", CANAL_LABELS)(values.canal), href: href({ canal: "" }) });
  if (values.auteur) chips.push({ label: chipText.person("Auteur", auteurs)(values.auteur), href: href({ auteur: "" }) });
  if (values.site) chips.push({ label: chipText.site("Site", sites)(values.site), href: href({ site: "" }) });
  return chips;
}

export function EntretienListFilters({ values, auteurs, sites, actorId }: Props) {
  return (
    <ListFilterForm label="Filtres des entretiens" action="/entretiens" values={values} clearHref="/entretiens"
      chips={entretienChips(values, auteurs, sites)}
      note="Sans dates, la liste couvre toute la période ; « Effacer les filtres » revient aux 30 derniers jours.">
      <DayRangeFields du={values.du} au={values.au} />
      <LabelSelect label="Canal" name="canal" value={values.canal} labels={CANAL_LABELS} />
      <PersonSelect label="Auteur" name="auteur" value={values.auteur} people={auteurs} actorId={actorId} unknown="Auteur inconnu" />
      <SiteSelect value={values.site} sites={sites} />
      <PageSizeSelect value={values.taille} sizes={ENTRETIEN_PAGE_SIZES} />
    </ListFilterForm>
  );
}
