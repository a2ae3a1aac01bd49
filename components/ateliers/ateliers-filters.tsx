// Filters of the workshops list (see components/forms/list-filters.tsx).
import { SelectField } from "@/components/forms/field";
import { chipText, DayRangeFields, LabelSelect, ListFilterForm, PageSizeSelect, SiteSelect, valueChips } from "@/components/forms/list-filters";
import { ATELIER_STATUS_LABELS, ATELIER_THEME_LABELS } from "@/lib/domain/ateliers/labels";
import { ATELIER_PAGE_SIZES, atelierListQuery, type AtelierListParams } from "@/lib/domain/ateliers/list-params";

type Props = {
  values: AtelierListParams;
  sites: { id: string; name: string }[];
  animateurs: { id: string; firstName: string; lastName: string }[];
  actorId: string;
};

export function AteliersFilters({ values, sites, animateurs, actorId }: Props) {
  // A shared link may name an account this list does not offer: keep the choice visible.
  const knownAnimateur = !values.animateur || values.animateur === "moi" || animateurs.some((p) => p.id === values.animateur);
  // From the list's query, where the default period is already left out.
  const chips = valueChips("/ateliers", atelierListQuery(values), {
    periode: chipText.label("Période", { "a-venir": "à venir", passes: "passés", toutes: "toutes les dates" }),
    du: chipText.day("Du"), au: chipText.day("Au"),
    theme: chipText.label("Thème", ATELIER_THEME_LABELS),
    statut: chipText.label("Statut", ATELIER_STATUS_LABELS),
    site: chipText.site("Site", sites),
    animateur: (v) => (v === "moi" ? "Ceux que j'anime" : chipText.person("Animés par", animateurs)(v)),
  });
  return (
    <ListFilterForm label="Filtres des ateliers" action="/ateliers" values={values} clearHref="/ateliers" chips={chips}>
      <SelectField label="Période" name="periode" defaultValue={values.periode}>
        <option value="a-venir">À venir</option>
        <option value="passes">Passés</option>
        <option value="toutes">Toutes les dates</option>
      </SelectField>
      <DayRangeFields du={values.du} au={values.au} />
      <LabelSelect label="Thème" name="theme" value={values.theme} labels={ATELIER_THEME_LABELS} />
      <LabelSelect label="Statut" name="statut" value={values.statut} labels={ATELIER_STATUS_LABELS} />
      <SiteSelect value={values.site} sites={sites} label="Site" />
      <SelectField label="Animation" name="animateur" defaultValue={values.animateur}>
        <option value="">Tous les ateliers</option>
        <option value="moi">Ceux que j&apos;anime</option>
        {animateurs.filter((p) => p.id !== actorId).map((p) => <option key={p.id} value={p.id}>{p.lastName} {p.firstName}</option>)}
        {knownAnimateur ? null : <option value={values.animateur}>Compte inactif</option>}
      </SelectField>
      <PageSizeSelect value={values.taille} sizes={ATELIER_PAGE_SIZES} />
    </ListFilterForm>
  );
}
