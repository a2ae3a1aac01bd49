// One zod schema per aid form, shared by the browser (react-hook-form) and the server action.
// Amounts are typed in euros and come out in cents (0 to 100 000 €).
import { z } from "zod";
import { keys, euroAmount, optionalText, uuidOrEmpty } from "../shared/fields";
import { dateUpTo, optionalDateUpTo } from "../accompagnements/date-fields";
import { optionalEuroAmount } from "../accompagnements/amount-fields";
import { AIDE_STATUS_LABELS, AIDE_TYPE_LABELS, MODE_PAIEMENT_LABELS } from "./labels";

const pickOne = <T extends object>(labels: T, what: string) => z.enum(keys(labels), { error: `${what} : choisissez une valeur de la liste.` });

/** A commission may be planned ahead, within a year. */
export const COMMISSION_YEARS_AHEAD = 1;

const positiveAmount = (label: string) => euroAmount(label).refine((c) => c > 0, `${label} : saisissez un montant supérieur à 0.`);

/**
 * Optimistic concurrency: the aid's updatedAt when the form was opened. A save after someone
 * else's change finds no row and is refused (the Aide table has no version column).
 */
const target = {
  id: z.uuid({ error: "Aide inconnue." }),
  updatedAt: z.iso.datetime({ error: "Version de l'aide attendue." }),
};

const requestFields = {
  type: pickOne(AIDE_TYPE_LABELS, "Type d'aide"),
  objet: optionalText("L'objet de la demande", 300),
  montantDemande: positiveAmount("Montant demandé"),
  demandeLe: dateUpTo("La date de la demande", 0),
  accompagnementId: uuidOrEmpty("Accompagnement inconnu.").transform((v) => v || null),
};

export const ZAideCreate = z.object({ usagerId: z.uuid({ error: "Dossier inconnu." }), ...requestFields });
export type AideCreateInput = z.input<typeof ZAideCreate>;
export type AideCreate = z.output<typeof ZAideCreate>;

export const ZAideUpdate = z.object({ ...target, ...requestFields });
export type AideUpdateInput = z.input<typeof ZAideUpdate>;
export type AideUpdate = z.output<typeof ZAideUpdate>;

export const ZAideStatusChange = z.object({
  ...target,
  to: pickOne(AIDE_STATUS_LABELS, "Statut"),
  commissionLe: optionalDateUpTo("La date de commission", COMMISSION_YEARS_AHEAD),
  decisionLe: optionalDateUpTo("La date de décision", 0),
  montantAccorde: optionalEuroAmount("Montant accordé"),
  motif: optionalText("Le motif", 500),
}).superRefine((v, ctx) => {
  if (["ACCORDEE", "REFUSEE", "AJOURNEE"].includes(v.to) && !v.decisionLe) {
    ctx.addIssue({ code: "custom", path: ["decisionLe"], message: "Saisissez la date de décision." });
  }
});
export type AideStatusChangeInput = z.input<typeof ZAideStatusChange>;
export type AideStatusChange = z.output<typeof ZAideStatusChange>;

export const ZAidePayment = z.object({
  ...target,
  modePaiement: pickOne(MODE_PAIEMENT_LABELS, "Mode de paiement"),
  payeLe: dateUpTo("La date de paiement", 0),
});
export type AidePaymentInput = z.input<typeof ZAidePayment>;
export type AidePayment = z.output<typeof ZAidePayment>;
