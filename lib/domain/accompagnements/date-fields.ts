// Calendar dates that may lie ahead (a planned end, a deadline, a hearing), but not absurdly far:
// a typo such as 2062 for 2026 must be caught, not stored. Shared by accompagnements and aides.
import { z } from "zod";
import { parisToday } from "@/lib/domain/shared/paris-time";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isValidIso = (v: string) => {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** Today in Paris plus whole years, as yyyy-mm-dd. `years` may be 0. */
export function isoYearsAhead(years: number, now = new Date()): string {
  const [y, m, day] = parisToday(now).split("-").map(Number) as [number, number, number];
  const d = new Date(Date.UTC(y + years, m - 1, day));
  return d.toISOString().slice(0, 10);
}
const frDate = (iso: string) => iso.split("-").reverse().join("/");

function check(label: string, yearsAhead: number, required: boolean) {
  return (v: string, ctx: z.RefinementCtx) => {
    if (v === "") {
      if (required) ctx.addIssue({ code: "custom", message: `Saisissez ${label.toLowerCase()}.` });
      return;
    }
    const max = isoYearsAhead(yearsAhead);
    if (!isValidIso(v)) ctx.addIssue({ code: "custom", message: `${label} : date invalide (jj/mm/aaaa).` });
    else if (v < "1900-01-01") ctx.addIssue({ code: "custom", message: `${label} : la date doit être postérieure au 01/01/1900.` });
    else if (v > max) {
      ctx.addIssue({
        code: "custom",
        message: yearsAhead === 0
          ? `${label} : la date ne peut pas être dans le futur.`
          : `${label} : la date est trop lointaine (au plus tard le ${frDate(max)}).`,
      });
    }
  };
}

const dateString = (label: string) => z.string({ error: `${label} : date attendue.` }).trim().max(10, `${label} : date invalide (jj/mm/aaaa).`);

/** A required date, at most `yearsAhead` years after today (0: not in the future). */
export const dateUpTo = (label: string, yearsAhead: number) => dateString(label).superRefine(check(label, yearsAhead, true));

/** An optional date ("" → null), at most `yearsAhead` years after today. */
export const optionalDateUpTo = (label: string, yearsAhead: number) =>
  dateString(label).superRefine(check(label, yearsAhead, false)).transform((v) => (v === "" ? null : v));

/** Date → the form's yyyy-mm-dd ("" when empty). */
export const dateToIso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
