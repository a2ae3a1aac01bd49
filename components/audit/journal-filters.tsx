// Filters of the journal: the shared GET form of every list (components/forms/list-filters.tsx),
// folded behind "Filtres (n)" with the active ones as chips; the URL can be shared.
import { SelectField } from "@/components/forms/field";
import { chipText, DayRangeFields, LabelSelect, ListFilterForm, valueChips } from "@/components/forms/list-filters";
import type { JournalParams } from "@/lib/domain/journal/queries";

export function JournalFilters({ params, users, actions, showDossier }: {
  params: JournalParams; users: { id: string; label: string }[]; actions: [string, string][]; showDossier: boolean;
}) {
  const actionLabels = Object.fromEntries(actions);
  const dossier = showDossier ? params.dossier : "";
  const values = { utilisateur: params.utilisateur, action: params.action, du: params.du, au: params.au, dossier };
  const chips = valueChips("/admin/journal", values, {
    utilisateur: (v) => `Utilisateur : ${users.find((u) => u.id === v)?.label ?? "compte inconnu"}`,
    action: chipText.label("Action", actionLabels),
    du: chipText.day("Du"), au: chipText.day("Au"),
    // The journal of one dossier (linked from the dossier's page): its number is not known here.
    dossier: () => "Un seul dossier",
  });
  return (
    <ListFilterForm label="Filtres du journal" action="/admin/journal" values={values} clearHref="/admin/journal" chips={chips}>
      <SelectField label="Utilisateur" name="utilisateur" defaultValue={params.utilisateur}>
        <option value="">Tous</option>
        {users.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
      </SelectField>
      <LabelSelect label="Action" name="action" value={params.action} labels={actionLabels} all="Toutes" />
      <DayRangeFields du={params.du} au={params.au} />
      {dossier ? <input type="hidden" name="dossier" value={dossier} /> : null}
    </ListFilterForm>
  );
}
