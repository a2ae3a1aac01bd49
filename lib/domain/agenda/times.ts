// A rendez-vous typed as a Paris date and hours, as instants; refused in the past or too far.
import { DomainError } from "@/lib/domain/errors";
import { parisLocalToDate } from "@/lib/domain/shared/paris-time";

const MAX_AHEAD_MS = 366 * 86_400_000;
export const IN_THE_PAST = "Le rendez-vous ne peut pas être dans le passé.";

export function rendezVousTimes(input: { date: string; debut: string; fin: string }, now: Date) {
  const debut = parisLocalToDate(`${input.date}T${input.debut}`);
  const fin = parisLocalToDate(`${input.date}T${input.fin}`);
  if (!debut) throw new DomainError("Date invalide.", { date: "Date du rendez-vous invalide (jj/mm/aaaa)." });
  if (!fin) throw new DomainError("Heure invalide.", { fin: "Heure de fin invalide (hh:mm)." });
  if (fin.getTime() <= debut.getTime()) throw new DomainError("Horaires incohérents.", { fin: "L'heure de fin doit être après l'heure de début." });
  if (debut.getTime() < now.getTime()) throw new DomainError(IN_THE_PAST, { date: IN_THE_PAST });
  if (debut.getTime() > now.getTime() + MAX_AHEAD_MS) {
    throw new DomainError("Le rendez-vous est trop lointain.", { date: "Le rendez-vous doit avoir lieu dans l'année qui vient." });
  }
  return { debut, fin };
}
