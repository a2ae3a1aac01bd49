// Filters of the CCAS inbox (see components/forms/list-filters.tsx). The view is a tab above it
// and is kept.
import { chipText, DayRangeFields, ListFilterForm, PageSizeSelect, PersonSelect, SiteSelect, valueChips } from "@/components/forms/list-filters";
import { pageHref } from "@/components/ui/pager";
import { DEFAULT_INBOX_VIEW, INBOX_PAGE_SIZES, type InboxParams } from "@/lib/domain/fiches/list-params";

type Props = {
  values: InboxParams;
  sites: { id: string; name: string }[];
  workers: { id: string; firstName: string; lastName: string }[];
  actorId: string;
};

export function InboxFilters({ values, sites, workers, actorId }: Props) {
  const vue = values.vue === DEFAULT_INBOX_VIEW ? "" : values.vue;
  const chips = valueChips("/fiches-liaison", values, {
    site: chipText.site("Site d'envoi", sites), du: chipText.day("Envoyées du"), au: chipText.day("Jusqu'au"),
    attribuee: chipText.person("Attribuée à", workers),
  }, { vue: DEFAULT_INBOX_VIEW });
  return (
    <ListFilterForm label="Filtres des fiches de liaison" action="/fiches-liaison" values={values} clearHref={pageHref("/fiches-liaison", { vue }, 1)} chips={chips}>
      {vue ? <input type="hidden" name="vue" value={vue} /> : null}
      <SiteSelect value={values.site} sites={sites} label="Site d'envoi" />
      <DayRangeFields du={values.du} au={values.au} fromLabel="Envoyées du" />
      <PersonSelect label="Attribuée à" name="attribuee" value={values.attribuee} people={workers} actorId={actorId} unknown="Personne inactive" />
      <PageSizeSelect value={values.taille} sizes={INBOX_PAGE_SIZES} />
    </ListFilterForm>
  );
}
