// The partner form (create and edit) and the directory's URL parameters, with French messages.
import { z } from "zod";
import { keys, optionalEmail, optionalPhone, optionalPostalCode, optionalText, requiredText } from "../shared/fields";
import { CATEGORIE_LABELS, JOUR_LABELS } from "./labels";
import { firstValue } from "@/lib/domain/shared/list-params";


const HEURE = /^([01]\d|2[0-3]):[0-5]\d$/;
const heure = (label: string) =>
  z.string({ error: `${label} : heure attendue.` }).trim().refine((v) => HEURE.test(v), `${label} : heure invalide, au format HH:MM (par exemple 09:00).`);

export const MAX_PERMANENCES = 20;

export const ZPermanence = z.object({
  jour: z.enum(keys(JOUR_LABELS), { error: "Choisissez le jour." }),
  debut: heure("Début"),
  fin: heure("Fin"),
  lieu: requiredText("Le lieu", 200),
  modalites: optionalText("Les modalités", 200),
}).superRefine((p, ctx) => {
  // "HH:MM" strings compare in time order.
  if (HEURE.test(p.debut) && HEURE.test(p.fin) && p.fin <= p.debut) {
    ctx.addIssue({ code: "custom", path: ["fin"], message: "L'heure de fin doit être après l'heure de début." });
  }
});

const optionalUrl = z.string({ error: "Site internet : texte attendu." }).trim().max(300, "Site internet : 300 caractères au plus.")
  .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), "Site internet invalide : commencez par https://")
  .transform((v) => (v === "" ? null : v));

export const ZPartenaire = z.object({
  nom: requiredText("Le nom du service", 150),
  organisme: optionalText("L'organisme", 150),
  categorie: z.enum(keys(CATEGORIE_LABELS), { error: "Choisissez une catégorie." }),
  adresse: optionalText("L'adresse", 200),
  codePostal: optionalPostalCode,
  commune: optionalText("La commune", 100),
  telephone: optionalPhone,
  email: optionalEmail,
  horaires: optionalText("Les horaires", 500),
  siteWeb: optionalUrl,
  notes: optionalText("Les informations pratiques", 2_000),
  permanences: z.array(ZPermanence, { error: "Permanences : liste attendue." })
    .max(MAX_PERMANENCES, `${MAX_PERMANENCES} permanences au plus.`),
});
export type PartenaireInput = z.input<typeof ZPartenaire>;
export type Partenaire = z.output<typeof ZPartenaire>;

export const ZPartenaireUpdate = ZPartenaire.extend({ id: z.uuid({ error: "Service inconnu." }) });
export type PartenaireUpdateInput = z.input<typeof ZPartenaireUpdate>;
export type PartenaireUpdate = z.output<typeof ZPartenaireUpdate>;

export const ZPartenaireActif = z.object({ id: z.uuid({ error: "Service inconnu." }), actif: z.boolean({ error: "Valeur attendue." }) });

/** The directory's search, from the URL: malformed values fall back to "everything". */
export const ZAnnuaireParams = z.object({
  q: z.string().trim().max(100).catch(""),
  categorie: z.union([z.enum(keys(CATEGORIE_LABELS)), z.literal("")]).catch(""),
  inactifs: z.enum(["1", ""]).catch(""),
});
export type AnnuaireParams = z.output<typeof ZAnnuaireParams>;

export function parseAnnuaireParams(searchParams: Record<string, string | string[] | undefined>): AnnuaireParams {
  const first = firstValue;
  return ZAnnuaireParams.parse({ q: first(searchParams.q), categorie: first(searchParams.categorie), inactifs: first(searchParams.inactifs) });
}
