// Tasks: the form and the status change, with French messages. The due date is a calendar day
// from today to two years ahead (a task due in 1850 or 2300 is a typing error).
import { z } from "zod";
import { requiredText, uuidOrEmpty } from "../shared/fields";
import { parisToday } from "../shared/paris-time";

export const TACHE_STATUS_LABELS = { A_FAIRE: "À faire", FAITE: "Faite", ANNULEE: "Annulée" } as const;
export type TacheStatus = keyof typeof TACHE_STATUS_LABELS;
export const MAX_ECHEANCE_YEARS = 2;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (v: string) => ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
const frenchDate = (iso: string) => iso.split("-").reverse().join("/");

/** The latest due date accepted, from today (Paris). */
export function latestEcheance(today = parisToday()): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + MAX_ECHEANCE_YEARS);
  return d.toISOString().slice(0, 10);
}

export const ZEcheance = z.string({ error: "Échéance : date attendue." }).superRefine((v, ctx) => {
  const today = parisToday();
  if (!v) ctx.addIssue({ code: "custom", message: "Saisissez l'échéance de la tâche." });
  else if (!isCalendarDate(v)) ctx.addIssue({ code: "custom", message: "Échéance : date invalide (jj/mm/aaaa)." });
  else if (v < today) ctx.addIssue({ code: "custom", message: "L'échéance ne peut pas être déjà passée : choisissez aujourd'hui ou plus tard." });
  else if (v > latestEcheance(today)) ctx.addIssue({ code: "custom", message: `L'échéance doit être dans les deux ans à venir (au plus tard le ${frenchDate(latestEcheance(today))}).` });
});

export const ZTache = z.object({
  titre: requiredText("L'intitulé de la tâche", 200),
  echeance: ZEcheance,
  assigneeId: z.uuid({ error: "Choisissez à qui confier la tâche." }),
  /** The dossier it is about, if any. */
  usagerId: uuidOrEmpty("Dossier inconnu.").default("").transform((v) => v || null),
});
export type TacheInput = z.output<typeof ZTache>;

export const ZTacheStatus = z.object({
  tacheId: z.uuid({ error: "Tâche inconnue." }),
  status: z.enum(["A_FAIRE", "FAITE", "ANNULEE"], { error: "Statut inconnu." }),
});
export type TacheStatusChange = z.output<typeof ZTacheStatus>;
