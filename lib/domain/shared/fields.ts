// zod building blocks with French messages, shared by every form of the product.
import { z } from "zod";
import { parisToday } from "./paris-time";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id from a URL must look like one before it reaches a uuid column (else Postgres errors). */
export const isUuid = (value: string) => UUID.test(value);

/** The codes of a label table, as the tuple z.enum expects. */
export const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/**
 * A number from a form: a number, or a non-blank string of one. z.coerce.number alone also turns
 * null, true, [] and "" into 0 or 1 (found by tests/integration/bad-input.test.ts).
 */
export const formNumber = (message: string) =>
  z.union([z.number(), z.string().trim().min(1, message)], { error: message }).pipe(z.coerce.number({ error: message }));

export const MAX_TEXT = 2_000;
export const MAX_LONG_TEXT = 20_000;

export const requiredText = (label: string, max = 100) =>
  z.string({ error: `${label} : texte attendu.` }).trim()
    .min(1, `Saisissez ${label.toLowerCase()}.`)
    .max(max, `${label} : ${max} caractères au plus.`);

/** Optional text: "" becomes null. */
export const optionalText = (label: string, max = 200) =>
  z.string({ error: `${label} : texte attendu.` }).trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .transform((v) => (v === "" ? null : v));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

/** A calendar date from <input type="date"> (yyyy-mm-dd), between 1900 and today. */
export const pastDate = (label: string) =>
  z.string({ error: `${label} : date attendue.` }).superRefine((v, ctx) => {
    const d = parseIsoDate(v);
    if (!v) ctx.addIssue({ code: "custom", message: `Saisissez ${label.toLowerCase()}.` });
    else if (!d) ctx.addIssue({ code: "custom", message: `${label} : date invalide (jj/mm/aaaa).` });
    else if (v < "1900-01-01") ctx.addIssue({ code: "custom", message: `${label} : la date doit être postérieure au 01/01/1900.` });
    // Today in Paris, where dates are typed: the UTC date lags behind it from midnight to 1 or 2 a.m.
    else if (v > parisToday()) ctx.addIssue({ code: "custom", message: `${label} : la date ne peut pas être dans le futur.` });
  });

export const optionalPastDate = (label: string) =>
  z.union([z.literal(""), pastDate(label)], { error: `${label} : date invalide (jj/mm/aaaa).` });

export const isoToDate = (v: string) => (v ? new Date(`${v}T00:00:00Z`) : null);

const PHONE = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;
/** French phone numbers (0X XX XX XX XX or +33 X XX XX XX XX), stored as 0X XX XX XX XX. */
export const optionalPhone = z.string({ error: "Téléphone : texte attendu." }).trim().max(30, "Numéro de téléphone trop long.")
  .refine((v) => v === "" || PHONE.test(v), "Numéro de téléphone invalide : 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.")
  .transform((v) => {
    if (!v) return null;
    const digits = v.replace(/\D/g, "").replace(/^33/, "0");
    return digits.replace(/(\d{2})(?=\d)/g, "$1 ");
  });

export const optionalEmail = z.string({ error: "Adresse e-mail : texte attendu." }).trim().toLowerCase().max(254, "Adresse e-mail trop longue.")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Adresse e-mail invalide, par exemple prenom.nom@exemple.fr.")
  .transform((v) => (v === "" ? null : v));

export const optionalPostalCode = z.string({ error: "Code postal : texte attendu." }).trim()
  .refine((v) => v === "" || /^\d{5}$/.test(v), "Code postal invalide : 5 chiffres.")
  .transform((v) => (v === "" ? null : v));

export const MAX_AMOUNT_CENTS = 100_000 * 100;
/** An amount in euros typed the French way ("1 234,56"), stored in cents; 0 to 100 000 €. */
export const euroAmount = (label: string) =>
  z.string({ error: `${label} : montant attendu.` }).trim().max(20, `${label} : montant invalide.`).transform((v, ctx) => {
    const cleaned = v.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
    if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) {
      ctx.addIssue({ code: "custom", message: `${label} : montant invalide, par exemple 450 ou 1 234,56.` });
      return z.NEVER;
    }
    const cents = Math.round(Number(cleaned) * 100);
    if (cents < 0) ctx.addIssue({ code: "custom", message: `${label} : le montant ne peut pas être négatif.` });
    else if (cents > MAX_AMOUNT_CENTS) ctx.addIssue({ code: "custom", message: `${label} : montant trop élevé (100 000 € au plus).` });
    return cents;
  });

/** Cents back to the form's French text ("1234,56"). */
export const centsToInput = (cents: number) => (cents / 100).toFixed(2).replace(".", ",").replace(/,00$/, "");

export const uuidOrEmpty = (message: string) => z.union([z.uuid({ error: message }), z.literal("")], { error: message });
