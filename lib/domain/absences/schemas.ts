// An absence: from a day to a day (both included, Paris calendar days), a remplaçant, and for a
// RESPONSABLE the member of the team it is for. A date in 1850 or 2300 is a typing error: from a
// year ago to two years ahead.
import { z } from "zod";
import { parseIsoDate } from "../shared/fields";
import { parisToday } from "../shared/paris-time";

export const ABSENCE_MAX_DAYS = 366;
const frenchDate = (iso: string) => iso.split("-").reverse().join("/");
const shiftYears = (iso: string, years: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};
/** The range of days an absence may cover, from today (Paris). */
export const absenceBounds = (today = parisToday()) => ({ min: shiftYears(today, -1), max: shiftYears(today, 2) });

const absenceDay = (label: string) => z.string({ error: `${label} : date attendue.` }).superRefine((v, ctx) => {
  const { min, max } = absenceBounds();
  if (!v) ctx.addIssue({ code: "custom", message: `Saisissez la date ${label === "Du" ? "de début" : "de fin"} de l'absence.` });
  else if (!parseIsoDate(v)) ctx.addIssue({ code: "custom", message: `${label} : date invalide (jj/mm/aaaa).` });
  else if (v < min || v > max) ctx.addIssue({ code: "custom", message: `${label} : la date doit être entre le ${frenchDate(min)} et le ${frenchDate(max)}.` });
});

export const ZAbsence = z.object({
  /** Whose absence: empty for one's own. */
  userId: z.union([z.uuid({ error: "Membre de l'équipe inconnu." }), z.literal("")], { error: "Membre de l'équipe inconnu." }).default(""),
  debut: absenceDay("Du"),
  fin: absenceDay("Au"),
  remplacantId: z.uuid({ error: "Choisissez la ou le collègue qui vous remplace." }),
}).superRefine((v, ctx) => {
  if (!parseIsoDate(v.debut) || !parseIsoDate(v.fin)) return;
  if (v.fin < v.debut) ctx.addIssue({ code: "custom", path: ["fin"], message: "La fin de l'absence ne peut pas précéder son début." });
  else if ((Date.parse(v.fin) - Date.parse(v.debut)) / 86_400_000 >= ABSENCE_MAX_DAYS) {
    ctx.addIssue({ code: "custom", path: ["fin"], message: "Une absence dure un an au plus : enregistrez-en une seconde au besoin." });
  }
});
export type AbsenceInput = z.output<typeof ZAbsence>;

export const ZAbsenceCancel = z.object({ absenceId: z.uuid({ error: "Absence inconnue." }) });
export type AbsenceCancel = z.output<typeof ZAbsenceCancel>;
