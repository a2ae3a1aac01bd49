// One zod schema per accompagnement form, shared by the browser (react-hook-form) and the server
// action. Amounts are typed in euros and come out in cents; dates come out as yyyy-mm-dd.
import { z } from "zod";
import { keys, euroAmount, optionalText, requiredText, uuidOrEmpty } from "../shared/fields";
import { dateUpTo, optionalDateUpTo } from "./date-fields";
import { optionalEuroAmount, optionalEuroBalance } from "./amount-fields";
import {
  ACCOMPAGNEMENT_STATUS_LABELS, ACCOMPAGNEMENT_TYPE_LABELS, MOTIF_CLOTURE_LABELS, PLAN_ACTION_STATUS_LABELS,
  SIAO_STATUT_LABELS, STADE_EXPULSION_LABELS, SURENDETTEMENT_LABELS,
} from "./labels";

const pickOne = <T extends object>(labels: T, what: string) => z.enum(keys(labels), { error: `${what} : choisissez une valeur de la liste.` });
const optionalPick = <T extends object>(labels: T, what: string) =>
  z.union([pickOne(labels, what), z.literal("")], { error: `${what} : choisissez une valeur de la liste.` })
    .transform((v) => (v === "" ? null : v));

/** Rules of the brief: a start at most 1 year ahead, a planned end at most 5 years ahead. */
export const START_YEARS_AHEAD = 1;
export const END_YEARS_AHEAD = 5;

// The version is a PostgreSQL integer: a larger number would fail in the database, not here.
const target = { id: z.uuid({ error: "Accompagnement inconnu." }), version: z.number({ error: "Version attendue." }).int().min(1).max(2_147_483_647) };

const endAfterStart = <T extends { debut: string; finPrevue: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.finPrevue && v.debut && v.finPrevue < v.debut) {
    ctx.addIssue({ code: "custom", path: ["finPrevue"], message: "La date de fin prévue ne peut pas précéder la date de début." });
  }
};

const commonFields = {
  debut: dateUpTo("La date de début", START_YEARS_AHEAD),
  finPrevue: optionalDateUpTo("La date de fin prévue", END_YEARS_AHEAD),
};

export const ZAccompagnementCreate = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  type: pickOne(ACCOMPAGNEMENT_TYPE_LABELS, "Type d'accompagnement"),
  /** "" : the actor themself (a travailleur social always opens for themself). */
  referentId: uuidOrEmpty("Choisissez un·e référent·e de votre structure."),
  ...commonFields,
  /** The person already agreed: the accompagnement starts EN_COURS instead of PROPOSE. */
  demarre: z.boolean({ error: "Case à cocher attendue." }).default(false),
}).superRefine(endAfterStart);
export type AccompagnementCreateInput = z.input<typeof ZAccompagnementCreate>;
export type AccompagnementCreate = z.output<typeof ZAccompagnementCreate>;

export const ZAccompagnementUpdate = z.object({
  ...target,
  referentId: z.uuid({ error: "Choisissez un·e référent·e de votre structure." }),
  ...commonFields,
}).superRefine(endAfterStart);
export type AccompagnementUpdateInput = z.input<typeof ZAccompagnementUpdate>;
export type AccompagnementUpdate = z.output<typeof ZAccompagnementUpdate>;

export const ZAccompagnementStatusChange = z.object({
  ...target,
  to: pickOne(ACCOMPAGNEMENT_STATUS_LABELS, "Statut"),
  motifCloture: optionalPick(MOTIF_CLOTURE_LABELS, "Motif de clôture"),
  precisionCloture: optionalText("La précision", 500),
}).superRefine((v, ctx) => {
  if (v.to === "CLOS" && v.motifCloture === "AUTRE" && !v.precisionCloture) {
    ctx.addIssue({ code: "custom", path: ["precisionCloture"], message: "Précisez le motif de clôture." });
  }
});
export type AccompagnementStatusChangeInput = z.input<typeof ZAccompagnementStatusChange>;
export type AccompagnementStatusChange = z.output<typeof ZAccompagnementStatusChange>;

// --- Plan d'accompagnement: objectives → actions. Ids keep existing rows; "" creates one. ------
export const ZPlanAction = z.object({
  id: uuidOrEmpty("Action inconnue."),
  libelle: requiredText("L'action", 300),
  echeance: optionalDateUpTo("L'échéance", END_YEARS_AHEAD),
  porteur: requiredText("Qui porte l'action", 100),
  status: pickOne(PLAN_ACTION_STATUS_LABELS, "Statut de l'action"),
});
export const ZPlanObjectif = z.object({
  id: uuidOrEmpty("Objectif inconnu."),
  libelle: requiredText("L'objectif", 300),
  actions: z.array(ZPlanAction, { error: "Actions : liste attendue." }).max(30, "30 actions par objectif au plus."),
});
export const ZPlan = z.object({
  ...target,
  objectifs: z.array(ZPlanObjectif, { error: "Objectifs : liste attendue." }).max(20, "20 objectifs au plus."),
});
export type PlanInput = z.input<typeof ZPlan>;
export type Plan = z.output<typeof ZPlan>;

export const ZPlanActionStatus = z.object({
  ...target,
  actionId: z.uuid({ error: "Action inconnue." }),
  status: pickOne(PLAN_ACTION_STATUS_LABELS, "Statut de l'action"),
});

// --- Budgétaire --------------------------------------------------------------------------------
export const ZDette = z.object({
  creancier: requiredText("Le créancier", 200),
  montant: euroAmount("Montant restant dû"),
  mensualite: euroAmount("Mensualité"),
}).superRefine((d, ctx) => {
  if (d.montant === 0) ctx.addIssue({ code: "custom", path: ["montant"], message: "Montant restant dû : saisissez un montant supérieur à 0." });
  else if (d.mensualite > d.montant) ctx.addIssue({ code: "custom", path: ["mensualite"], message: "La mensualité ne peut pas dépasser le montant restant dû." });
});
export const ZBudgetaire = z.object({
  ...target,
  surendettement: pickOne(SURENDETTEMENT_LABELS, "Dossier de surendettement"),
  /** A reste à vivre is a balance: it may be negative (charges above resources). */
  resteAVivreApresPlan: optionalEuroBalance("Reste à vivre après plan"),
  dettes: z.array(ZDette, { error: "Dettes : liste attendue." }).max(50, "50 dettes au plus."),
});
export type BudgetaireInput = z.input<typeof ZBudgetaire>;
export type Budgetaire = z.output<typeof ZBudgetaire>;

// --- Logement ----------------------------------------------------------------------------------
const optionalCount = (label: string, max: number) =>
  z.string({ error: `${label} : nombre attendu.` }).trim().max(6, `${label} : nombre invalide.`).transform((v, ctx) => {
    if (v === "") return null;
    if (!/^\d+$/.test(v)) {
      ctx.addIssue({ code: "custom", message: `${label} : saisissez un nombre entier positif.` });
      return z.NEVER;
    }
    const n = Number(v);
    if (n > max) ctx.addIssue({ code: "custom", message: `${label} : ${max} au plus.` });
    return n;
  });
export const ZEtapeExpulsion = z.object({
  stade: pickOne(STADE_EXPULSION_LABELS, "Étape"),
  date: dateUpTo("La date de l'étape", START_YEARS_AHEAD),
});
export const ZLogement = z.object({
  ...target,
  impayes: optionalEuroAmount("Montant des impayés"),
  impayesMois: optionalCount("Nombre de mois d'impayés", 240),
  numeroUnique: optionalText("Le numéro unique", 40)
    .refine((v) => v === null || /^[0-9A-Za-z \-/]+$/.test(v), "Numéro unique : chiffres, lettres, espaces et tirets seulement."),
  fslDossier: optionalText("Le dossier FSL", 200),
  asll: z.enum(["", "OUI", "NON"], { error: "ASLL : choisissez oui, non ou non renseigné." })
    .transform((v) => (v === "" ? null : v === "OUI")),
  etapes: z.array(ZEtapeExpulsion, { error: "Étapes : liste attendue." }).max(10, "10 étapes au plus."),
});
export type LogementInput = z.input<typeof ZLogement>;
export type Logement = z.output<typeof ZLogement>;

// --- Errance -----------------------------------------------------------------------------------
export const ZContactMaraude = z.object({
  date: dateUpTo("La date du contact", 0),
  lieu: requiredText("Le lieu", 200),
  observations: optionalText("Les observations", 1_000),
});
export const ZErrance = z.object({
  ...target,
  lieuVie: optionalText("Le lieu de vie", 300),
  domiciliationOrganisme: optionalText("L'organisme de domiciliation", 200),
  domiciliationDebut: optionalDateUpTo("Le début de la domiciliation", START_YEARS_AHEAD),
  domiciliationFin: optionalDateUpTo("La fin de la domiciliation", END_YEARS_AHEAD),
  siaoDemandeLe: optionalDateUpTo("La date de la demande SIAO", 0),
  siaoStatut: optionalPick(SIAO_STATUT_LABELS, "Statut de la demande SIAO"),
  contactsMaraude: z.array(ZContactMaraude, { error: "Contacts : liste attendue." }).max(200, "200 contacts au plus."),
}).superRefine((v, ctx) => {
  if (v.domiciliationDebut && v.domiciliationFin && v.domiciliationFin < v.domiciliationDebut) {
    ctx.addIssue({ code: "custom", path: ["domiciliationFin"], message: "La fin de la domiciliation ne peut pas précéder son début." });
  }
});
export type ErranceInput = z.input<typeof ZErrance>;
export type Errance = z.output<typeof ZErrance>;
