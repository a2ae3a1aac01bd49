// Paris wall-clock display for the agenda.
import { JOUR_LABELS } from "@/lib/domain/agenda/labels";
import { isoWeekday } from "@/lib/domain/agenda/calendar";
import { formatCalendarDate } from "@/lib/format";

const timeFmt = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" });

export const formatTime = (d: Date) => timeFmt.format(d);
export const formatSpan = (debut: Date, fin: Date) => `${formatTime(debut)}–${formatTime(fin)}`;
/** "Mardi 24/11/2026" for a Paris calendar date. */
export const formatDay = (iso: string) => `${JOUR_LABELS[isoWeekday(iso)]} ${formatCalendarDate(new Date(`${iso}T00:00:00Z`))}`;
