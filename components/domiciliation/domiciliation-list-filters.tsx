// Filters of /domiciliations (see components/forms/list-filters.tsx). Submitting only empty
// fields gives back the worklists.
import { SelectField } from "@/components/forms/field";
import { DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect } from "@/components/forms/list-filters";
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
  return (
    <ListFilterForm label="Filtres des domiciliations" action="/domiciliations" values={values} clearHref="/domiciliations">
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
