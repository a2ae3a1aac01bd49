// Filters of /agenda/rendez-vous (see components/forms/list-filters.tsx).
import { DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect } from "@/components/forms/list-filters";
import { RDV_STATUS_LABELS } from "@/lib/domain/agenda/labels";
import { HORS_SITE, RDV_OUTCOMES, RDV_PAGE_SIZES, type RendezVousListParams } from "@/lib/domain/agenda/list-params";

type Props = {
  values: RendezVousListParams;
  sites: { id: string; name: string }[];
  travailleurs: { id: string; firstName: string; lastName: string }[];
  actorId: string;
};

const OUTCOME_LABELS = Object.fromEntries(RDV_OUTCOMES.map((s) => [s, RDV_STATUS_LABELS[s]]));

export function RendezVousListFilters({ values, sites, travailleurs, actorId }: Props) {
  return (
    <ListFilterForm label="Filtres des rendez-vous" action="/agenda/rendez-vous" values={values} clearHref="/agenda/rendez-vous">
      <DayRangeFields du={values.du} au={values.au} />
      <LabelSelect label="Issue" name="issue" value={values.issue} labels={OUTCOME_LABELS} all="Honorés, excusés et non venus" />
      <SiteSelect value={values.site} sites={sites} label="Site" extra={[{ id: HORS_SITE, name: "Hors site (domicile, téléphone)" }]} />
      <PersonSelect label="Travailleur social" name="travailleur" value={values.travailleur} people={travailleurs} actorId={actorId} />
      <PageSizeSelect value={values.taille} sizes={RDV_PAGE_SIZES} />
    </ListFilterForm>
  );
}
