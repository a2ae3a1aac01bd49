// A stored accompagnement as the values of its edit forms (strings, as the inputs hold them).
import { centsToInput } from "@/lib/domain/shared/fields";
import { dateToIso } from "./date-fields";
import type { AccompagnementDetail } from "./queries";
import type { AccompagnementUpdateInput, BudgetaireInput, ErranceInput, LogementInput, PlanInput } from "./schemas";
import type { SiaoStatut } from "./labels";
import { SIAO_STATUT_LABELS } from "./labels";

const cents = (v: number | null) => (v == null ? "" : v < 0 ? `-${centsToInput(-v)}` : centsToInput(v));

export const commonFormValues = (a: AccompagnementDetail): AccompagnementUpdateInput => ({
  id: a.id, version: a.version, referentId: a.referentId, debut: dateToIso(a.debut), finPrevue: dateToIso(a.finPrevue),
});

export const planFormValues = (a: AccompagnementDetail): PlanInput => ({
  id: a.id, version: a.version,
  objectifs: a.objectifs.map((o) => ({
    id: o.id, libelle: o.libelle,
    actions: o.actions.map((x) => ({ id: x.id, libelle: x.libelle, echeance: dateToIso(x.echeance), porteur: x.porteur, status: x.status })),
  })),
});

export const budgetaireFormValues = (a: AccompagnementDetail): BudgetaireInput => ({
  id: a.id, version: a.version, surendettement: a.surendettement ?? "AUCUN", resteAVivreApresPlan: cents(a.resteAVivreApresPlanCents),
  dettes: a.dettes.map((d) => ({ creancier: d.creancier, montant: centsToInput(d.montantCents), mensualite: centsToInput(d.mensualiteCents) })),
});

export const logementFormValues = (a: AccompagnementDetail): LogementInput => ({
  id: a.id, version: a.version, impayes: cents(a.impayesCents), impayesMois: a.impayesMois == null ? "" : String(a.impayesMois),
  numeroUnique: a.numeroUnique ?? "", fslDossier: a.fslDossier ?? "", asll: a.asll == null ? "" : a.asll ? "OUI" : "NON",
  etapes: a.etapesExpulsion.map((e) => ({ stade: e.stade, date: dateToIso(e.date) })),
});

/** siaoStatut is a free column: a value outside the list is shown empty rather than refused. */
const siao = (v: string | null): SiaoStatut | "" => (v && v in SIAO_STATUT_LABELS ? (v as SiaoStatut) : "");

export const erranceFormValues = (a: AccompagnementDetail): ErranceInput => ({
  id: a.id, version: a.version, lieuVie: a.lieuVie ?? "", domiciliationOrganisme: a.domiciliationOrganisme ?? "",
  domiciliationDebut: dateToIso(a.domiciliationDebut), domiciliationFin: dateToIso(a.domiciliationFin),
  siaoDemandeLe: dateToIso(a.siaoDemandeLe), siaoStatut: siao(a.siaoStatut),
  contactsMaraude: a.contactsMaraude.map((c) => ({ date: dateToIso(c.date), lieu: c.lieu, observations: c.observations ?? "" })),
});
