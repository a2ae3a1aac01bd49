// The orientation form, status changes and the list's URL parameters, with French messages. The
// partner being of the structure and active is checked by the command (it needs the database).
import { z } from "zod";
import { keys, MAX_TEXT, optionalText, requiredText } from "../shared/fields";
import { ZOptionalDay } from "../shared/day-range";
import { parisToday } from "../shared/paris-time";
import { ELEMENT_LABELS, ORIENTATION_STATUS_LABELS, URGENCE_LABELS } from "./labels";
import { ZDocumentIds } from "../documents/schemas";
import { ZOptionalUuid, ZPage, parseSearchParams, zPageSize, type SearchParams } from "@/lib/domain/shared/list-params";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (v: string) => ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** A calendar date (yyyy-mm-dd) up to today in Paris: orientations are recorded once done. */
export const parisPastDate = (label: string) =>
  z.string({ error: `${label} : date attendue.` }).superRefine((v, ctx) => {
    if (!v) ctx.addIssue({ code: "custom", message: `Saisissez ${label.toLowerCase()}.` });
    else if (!isCalendarDate(v)) ctx.addIssue({ code: "custom", message: `${label} : date invalide (jj/mm/aaaa).` });
    else if (v < "2000-01-01") ctx.addIssue({ code: "custom", message: `${label} : date trop ancienne.` });
    else if (v > parisToday()) ctx.addIssue({ code: "custom", message: `${label} : la date ne peut pas être dans le futur.` });
  });

export const NO_CONSENT_MESSAGE = "Sans l'accord de la personne, pas d'orientation : cochez la case une fois qu'elle a été informée et a donné son accord.";

export const ZOrientation = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  partenaireId: z.uuid({ error: "Choisissez le service vers lequel vous orientez la personne." }),
  motif: requiredText("Le motif de l'orientation", MAX_TEXT),
  elementsTransmis: z.array(z.enum(keys(ELEMENT_LABELS), { error: "Élément inconnu." }), { error: "Cochez au moins un élément transmis." })
    .min(1, "Cochez au moins un élément transmis au partenaire.").max(Object.keys(ELEMENT_LABELS).length)
    .transform((v) => [...new Set(v)]),
  consentement: z.boolean({ error: NO_CONSENT_MESSAGE }).refine((v) => v, NO_CONSENT_MESSAGE),
  consentementLe: parisPastDate("La date de l'accord"),
  date: parisPastDate("La date d'orientation"),
  urgence: z.enum(keys(URGENCE_LABELS), { error: "Choisissez le degré d'urgence." }),
  /** Pièces jointes of the dossier sent with the orientation (listed in the letter). */
  documentIds: ZDocumentIds,
}).superRefine((o, ctx) => {
  // zod 4 runs this even when a date failed above: only compare two valid past dates.
  const valid = (v: string) => isCalendarDate(v) && v <= parisToday();
  if (valid(o.consentementLe) && valid(o.date) && o.consentementLe > o.date) {
    ctx.addIssue({ code: "custom", path: ["consentementLe"], message: "L'accord de la personne se recueille au plus tard le jour de l'orientation." });
  }
});
export type OrientationInput = z.input<typeof ZOrientation>;
export type Orientation = z.output<typeof ZOrientation>;

export const ZOrientationStatusChange = z.object({
  orientationId: z.uuid({ error: "Orientation inconnue." }),
  to: z.enum(keys(ORIENTATION_STATUS_LABELS), { error: "Statut inconnu." }),
  date: parisPastDate("La date"),
  motifRefus: optionalText("Le motif du refus", 1_000),
});
export type OrientationStatusChangeInput = z.input<typeof ZOrientationStatusChange>;
export type OrientationStatusChange = z.output<typeof ZOrientationStatusChange>;

export const ZOrientationRelance = z.object({
  orientationId: z.uuid({ error: "Orientation inconnue." }),
  date: parisPastDate("La date de relance"),
});
export type OrientationRelance = z.output<typeof ZOrientationRelance>;

// --- /orientations list, from the URL: malformed values fall back to defaults ------------------
export const AGE_FILTERS = [15, 30, 60, 90] as const;
export const ORIENTATION_PAGE_SIZES = [25, 50, 100] as const;

export const ZOrientationListParams = z.object({
  statut: z.union([z.enum(keys(ORIENTATION_STATUS_LABELS)), z.literal("en_attente"), z.literal("")]).catch(""),
  partenaire: z.union([z.uuid(), z.literal("")]).catch(""),
  referent: z.union([z.uuid(), z.literal("")]).catch(""),
  age: z.coerce.number().pipe(z.union(AGE_FILTERS.map((n) => z.literal(n)))).or(z.literal("")).catch(""),
  /** Orientation date, Paris calendar days, both inclusive (the dashboard's period). */
  du: ZOptionalDay,
  au: ZOptionalDay,
  /** The dossier's site. */
  site: ZOptionalUuid,
  /** Who wrote the orientation (a travailleur social's dashboard counts theirs). */
  auteur: ZOptionalUuid,
  page: ZPage,
  taille: zPageSize(ORIENTATION_PAGE_SIZES, 25),
});
export type OrientationListParams = z.output<typeof ZOrientationListParams>;

/** The filters in URL form, defaults left out; the partner is passed apart (the destination links change it). */
export function orientationListQuery(params: OrientationListParams, partenaire = params.partenaire) {
  return {
    statut: params.statut, partenaire, referent: params.referent, age: String(params.age), du: params.du, au: params.au,
    site: params.site, auteur: params.auteur, taille: params.taille === 25 ? "" : String(params.taille),
  };
}

export function parseOrientationListParams(searchParams: SearchParams): OrientationListParams {
  return parseSearchParams(ZOrientationListParams, searchParams);
}
