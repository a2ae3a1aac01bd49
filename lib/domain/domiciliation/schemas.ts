// One zod schema per domiciliation form, shared by the browser (react-hook-form) and the server
// action. Rules needing the database (dates against the request, a second active domiciliation)
// are checked in commands.ts, with the same French messages on the same fields.
import { z } from "zod";
import { keys, optionalText, uuidOrEmpty } from "../shared/fields";
import { dateUpTo } from "../accompagnements/date-fields";
import { EXPEDITEUR_LABELS, LIEN_COMMUNE_LABELS, MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "./labels";

/**
 * A group of checkboxes gives an array, a single one its value or false: always a list here.
 * null is no form's value: kept as is, so that it is refused rather than read as "none ticked".
 */
const asList = (v: unknown) => (Array.isArray(v) || v === null ? v : v === false || v === undefined || v === "" ? [] : [v]);

const target = {
  id: z.uuid({ error: "Domiciliation inconnue." }),
  updatedAt: z.iso.datetime({ error: "Version de la domiciliation attendue." }),
};

export const ZDomiciliationRequest = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  demandeLe: dateUpTo("La date de la demande", 0),
  accuseReceptionLe: dateUpTo("La date de l'accusé de réception", 0),
  liens: z.preprocess(asList, z.array(z.enum(keys(LIEN_COMMUNE_LABELS), { error: "Lien inconnu." }), { error: "Cochez au moins un lien avec la commune." })
    .min(1, "Cochez au moins un lien avec la commune : sans lien, la domiciliation relève d'un organisme agréé.").max(6)),
  lienPrecision: optionalText("La précision sur le lien", 500),
  membresCouverts: z.preprocess(asList, z.array(z.uuid({ error: "Membre du foyer inconnu." }), { error: "Liste attendue." }).max(20)),
  accompagnementId: uuidOrEmpty("Accompagnement inconnu.").transform((v) => v || null),
}).superRefine((v, ctx) => {
  if (v.accuseReceptionLe && v.demandeLe && v.accuseReceptionLe < v.demandeLe) {
    ctx.addIssue({ code: "custom", path: ["accuseReceptionLe"], message: "L'accusé de réception ne peut pas précéder la demande." });
  }
});
export type DomiciliationRequestInput = z.input<typeof ZDomiciliationRequest>;
export type DomiciliationRequest = z.output<typeof ZDomiciliationRequest>;

export const ZDomiciliationEntretien = z.object({ ...target, entretienId: z.uuid({ error: "Choisissez l'entretien." }) });
export type DomiciliationEntretien = z.output<typeof ZDomiciliationEntretien>;

export const ZDomiciliationDecision = z.object({
  ...target,
  decision: z.enum(["ACCORDEE", "REFUSEE"], { error: "Choisissez la décision." }),
  decisionLe: dateUpTo("La date de décision", 0),
  debut: z.string({ error: "Date attendue." }).trim().max(10),
  motifRefus: z.union([z.literal(""), z.enum(keys(MOTIF_REFUS_LABELS))], { error: "Motif : choisissez une valeur de la liste." }),
  motifRefusTexte: optionalText("Le motif rédigé", 1_000),
}).superRefine((v, ctx) => {
  if (v.decision === "ACCORDEE") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.debut)) ctx.addIssue({ code: "custom", path: ["debut"], message: "Saisissez la date de début de la domiciliation." });
  } else if (v.decision === "REFUSEE") {
    if (!v.motifRefus) ctx.addIssue({ code: "custom", path: ["motifRefus"], message: "Choisissez le motif du refus." });
    if (!v.motifRefusTexte) ctx.addIssue({ code: "custom", path: ["motifRefusTexte"], message: "Un refus doit être motivé : rédigez le motif qui figurera sur le courrier." });
  }
});
export type DomiciliationDecisionInput = z.input<typeof ZDomiciliationDecision>;
export type DomiciliationDecision = z.output<typeof ZDomiciliationDecision>;

export const ZDomiciliationRenewal = z.object({ ...target, renouveleeLe: dateUpTo("La date du renouvellement", 0) });
export type DomiciliationRenewalInput = z.input<typeof ZDomiciliationRenewal>;
export type DomiciliationRenewal = z.output<typeof ZDomiciliationRenewal>;

export const ZDomiciliationEnd = z.object({
  ...target,
  finLe: dateUpTo("La date de fin", 0),
  motifFin: z.enum(keys(MOTIF_FIN_LABELS), { error: "Choisissez le motif de fin." }),
  finPrecision: optionalText("La précision", 500),
});
export type DomiciliationEndInput = z.input<typeof ZDomiciliationEnd>;
export type DomiciliationEnd = z.output<typeof ZDomiciliationEnd>;

/** Keeping a domiciliation the job proposed to end (the person came back in time). */
export const ZDomiciliationKeep = z.object(target);

export const ZCourrierReceive = z.object({
  domiciliationId: z.uuid({ error: "Choisissez la personne domiciliée." }),
  recuLe: dateUpTo("La date de réception", 0),
  expediteurType: z.enum(keys(EXPEDITEUR_LABELS), { error: "Choisissez le type d'expéditeur." }),
  recommande: z.boolean({ error: "Indiquez s'il s'agit d'un recommandé." }),
});
export type CourrierReceiveInput = z.input<typeof ZCourrierReceive>;
export type CourrierReceive = z.output<typeof ZCourrierReceive>;

export const ZCourrierHandOver = z.object({
  id: z.uuid({ error: "Courrier inconnu." }),
  remisLe: dateUpTo("La date de remise", 0),
  signatureRecue: z.literal(true, { error: "La personne doit signer le registre : cochez la case une fois la signature recueillie." }),
});
export type CourrierHandOverInput = z.input<typeof ZCourrierHandOver>;
export type CourrierHandOver = z.output<typeof ZCourrierHandOver>;

export const ZCourrierReturn = z.object({ id: z.uuid({ error: "Courrier inconnu." }), retourneLe: dateUpTo("La date de retour", 0) });
export type CourrierReturn = z.output<typeof ZCourrierReturn>;

export const ZCourrierRetourJours = z.coerce.number({ error: "Nombre de jours attendu." }).int("Nombre de jours entier.")
  .min(1, "1 jour au moins.").max(90, "90 jours au plus.");
