// Filters of /entretiens (see components/forms/list-filters.tsx).
import { DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect } from "@/components/forms/list-filters";
import { CANAL_LABELS } from "@/lib/domain/entretiens/labels";
import { ENTRETIEN_PAGE_SIZES, type EntretienListParams } from "@/lib/domain/entretiens/list-params";

type Props = {
  values: EntretienListParams;
  auteurs: { id: string; firstName: string; lastName: string; status: "ACTIVE" | "DISABLED" | "PENDING_APPROVAL" }[];
  sites: { id: string; name: string }[];
  actorId: string;
};

export function EntretienListFilters({ values, auteurs, sites, actorId }: Props) {
  return (
    <ListFilterForm label="Filtres des entretiens" action="/entretiens" values={values} clearHref="/entretiens"
      note="Sans dates, la liste couvre toute la période ; « Effacer les filtres » revient aux 30 derniers jours.">
      <DayRangeFields du={values.du} au={values.au} />
      <LabelSelect label="Canal" name="canal" value={values.canal} labels={CANAL_LABELS} />
      <PersonSelect label="Auteur" name="auteur" value={values.auteur} people={auteurs} actorId={actorId} unknown="Auteur inconnu" />
      <SiteSelect value={values.site} sites={sites} />
      <PageSizeSelect value={values.taille} sizes={ENTRETIEN_PAGE_SIZES} />
    </ListFilterForm>
  );
}
