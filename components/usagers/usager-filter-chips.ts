// The chips of the usagers list: one per filter that differs from the default, in words.
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { AGE_BANDS, MENAGE_TYPES, QUARTIER_NON_RENSEIGNE } from "@/lib/domain/usagers/profile-labels";
import type { UsagerListParams } from "@/lib/domain/usagers/list-params";
import { hrefWithout, type FilterChip } from "@/components/forms/filter-chips";

const STATUTS: Record<string, string> = { INACTIF: "Inactifs", ARCHIVE: "Archivés", tous: "Tous les statuts" };

export function usagerFilterChips(params: UsagerListParams, current: URLSearchParams, names: {
  referents: { id: string; firstName: string; lastName: string }[];
  sites: { id: string; name: string }[];
}): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (key: string, label: string) => chips.push({ label, href: hrefWithout("/usagers", current, [key]) });
  // "tous" and the actor's own id are the two sides of the Mes dossiers / Toute la structure switch.
  if (params.referent === "aucun") add("referent", "Sans référent");
  else if (params.referent && params.referent !== "tous") {
    const r = names.referents.find((x) => x.id === params.referent);
    add("referent", `Référent : ${r ? `${r.firstName} ${r.lastName}` : "inactif"}`);
  }
  if (params.quartier) add("quartier", `Quartier : ${params.quartier === QUARTIER_NON_RENSEIGNE ? "non renseigné" : params.quartier}`);
  if (params.site) add("site", `Site : ${names.sites.find((s) => s.id === params.site)?.name ?? "inconnu"}`);
  if (params.tranche) add("tranche", `Âge : ${AGE_BANDS[params.tranche]}`);
  if (params.menage) add("menage", `Ménage : ${MENAGE_TYPES[params.menage]}`);
  if (params.statut !== "ACTIF") add("statut", STATUTS[params.statut] ?? params.statut);
  if (params.sansContact !== "") add("sansContact", `Sans contact depuis plus de ${params.sansContact} jours`);
  if (params.accompagnement) add("accompagnement", `Accompagnement ${ACCOMPAGNEMENT_TYPE_SHORT[params.accompagnement]}`);
  return chips;
}
