// Filters of /aides (see components/forms/list-filters.tsx). Submitting only empty fields gives
// back the worklists.
import { chipText, DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect, valueChips } from "@/components/forms/list-filters";
import { AIDE_STATUS_LABELS, AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { AIDE_PAGE_SIZES, type AideListParams } from "@/lib/domain/aides/list-params";

type Props = {
  values: AideListParams;
  sites: { id: string; name: string }[];
  /** Null for a travailleur social: they only see the requests they instruct. */
  instructeurs: { id: string; firstName: string; lastName: string }[] | null;
  actorId: string;
};

export function AideListFilters({ values, sites, instructeurs, actorId }: Props) {
  const chips = valueChips("/aides", values, {
    du: chipText.day("Demandée du"), au: chipText.day("Jusqu'au"),
    type: chipText.label("Type", AIDE_TYPE_LABELS),
    statut: chipText.label("Statut", { ...AIDE_STATUS_LABELS, en_attente: "En attente de décision" }),
    site: chipText.site("Site", sites),
    instructeur: chipText.person("Instruite par", instructeurs ?? []),
  });
  return (
    <ListFilterForm label="Filtres des demandes d'aide" action="/aides" values={values} clearHref="/aides" chips={chips}>
      <DayRangeFields du={values.du} au={values.au} fromLabel="Demandée du" />
      <LabelSelect label="Type d'aide" name="type" value={values.type} labels={AIDE_TYPE_LABELS} />
      <LabelSelect label="Statut" name="statut" value={values.statut} labels={AIDE_STATUS_LABELS}>
        <option value="en_attente">En attente de décision</option>
      </LabelSelect>
      <SiteSelect value={values.site} sites={sites} />
      {instructeurs ? (
        <PersonSelect label="Instruite par" name="instructeur" value={values.instructeur} people={instructeurs} actorId={actorId} unknown="Instructeur inactif" />
      ) : null}
      <PageSizeSelect value={values.taille} sizes={AIDE_PAGE_SIZES} />
    </ListFilterForm>
  );
}
