// Filters of /domiciliations (see components/forms/list-filters.tsx). Submitting only empty
// fields gives back the worklists.
import { SelectField } from "@/components/forms/field";
import { chipText, DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect, valueChips } from "@/components/forms/list-filters";
import { DOMICILIATION_STATUS_LABELS } from "@/lib/domain/domiciliation/labels";
import {
  DOMICILIATION_DATE_LABELS, DOMICILIATION_PAGE_SIZES, DOMICILIATION_STATUT_FILTERS, type DomiciliationListParams,
} from "@/lib/domain/domiciliation/list-params";

type Props = {
  values: DomiciliationListParams;
  sites: { id: string; name: string }[];
  referents: { id: string; firstName: string; lastName: string }[];
  actorId: string;
};

export function DomiciliationListFilters({ values, sites, referents, actorId }: Props) {
  const chips = valueChips("/domiciliations", values, {
    du: chipText.day("Du"), au: chipText.day("Au"),
    statut: chipText.label("Statut", { ...DOMICILIATION_STATUS_LABELS, ...DOMICILIATION_STATUT_FILTERS }),
    site: chipText.site("Site", sites), referent: chipText.person("Référent", referents),
  });
  return (
    <ListFilterForm label="Filtres des domiciliations" action="/domiciliations" values={values} clearHref="/domiciliations" chips={chips}>
      <SelectField label="Dates portant sur" name="date" defaultValue={values.date}>
        {Object.entries(DOMICILIATION_DATE_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </SelectField>
      <DayRangeFields du={values.du} au={values.au} />
      <LabelSelect label="Statut" name="statut" value={values.statut} labels={{ ...DOMICILIATION_STATUS_LABELS, ...DOMICILIATION_STATUT_FILTERS }} />
      <SiteSelect value={values.site} sites={sites} />
      <PersonSelect label="Référent du dossier" name="referent" value={values.referent} people={referents} actorId={actorId} />
      <PageSizeSelect value={values.taille} sizes={DOMICILIATION_PAGE_SIZES} />
    </ListFilterForm>
  );
}
