// Filters of /agenda/rendez-vous (see components/forms/list-filters.tsx).
import { chipText, DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect, valueChips } from "@/components/forms/list-filters";
import { RDV_STATUS_LABELS } from "@/lib/domain/agenda/labels";
import { HORS_SITE, RDV_OUTCOMES, RDV_PAGE_SIZES, rendezVousListQuery, type RendezVousListParams } from "@/lib/domain/agenda/list-params";

type Props = {
  values: RendezVousListParams;
  sites: { id: string; name: string }[];
  travailleurs: { id: string; firstName: string; lastName: string }[];
  actorId: string;
};

const OUTCOME_LABELS = Object.fromEntries(RDV_OUTCOMES.map((s) => [s, RDV_STATUS_LABELS[s]]));

export function RendezVousListFilters({ values, sites, travailleurs, actorId }: Props) {
  const chips = valueChips("/agenda/rendez-vous", rendezVousListQuery(values), {
    du: chipText.day("Du"), au: chipText.day("Au"),
    issue: chipText.label("Issue", OUTCOME_LABELS),
    site: chipText.site("Site", [...sites, { id: HORS_SITE, name: "hors site" }]),
    travailleur: chipText.person("Avec", travailleurs),
  });
  return (
    <ListFilterForm label="Filtres des rendez-vous" action="/agenda/rendez-vous" values={values} clearHref="/agenda/rendez-vous" chips={chips}>
      <DayRangeFields du={values.du} au={values.au} />
      <LabelSelect label="Issue" name="issue" value={values.issue} labels={OUTCOME_LABELS} all="Honorés, excusés et non venus" />
      <SiteSelect value={values.site} sites={sites} label="Site" extra={[{ id: HORS_SITE, name: "Hors site (domicile, téléphone)" }]} />
      <PersonSelect label="Travailleur social" name="travailleur" value={values.travailleur} people={travailleurs} actorId={actorId} />
      <PageSizeSelect value={values.taille} sizes={RDV_PAGE_SIZES} />
    </ListFilterForm>
  );
}
