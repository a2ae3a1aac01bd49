// Reste à vivre before and after the repayment plan of an accompagnement budgétaire. "Before" is
// the dossier's own figure (computeResteAVivre); "after" takes the monthly repayments of the
// debts off what is available, then divides by the same parts and unités de consommation. Pure.
import { DAYS_PER_MONTH, type ResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";

export type ResteAVivreApresPlan = {
  mensualitesCents: number;
  totalDettesCents: number;
  disponibleCents: number;
  parPart: { mensuelCents: number; jourCents: number } | null;
  parUc: { mensuelCents: number; jourCents: number } | null;
};

export function computeResteAVivreApresPlan(
  avant: ResteAVivre,
  dettes: readonly { montantCents: number; mensualiteCents: number }[],
): ResteAVivreApresPlan {
  const mensualitesCents = dettes.reduce((s, d) => s + d.mensualiteCents, 0);
  const totalDettesCents = dettes.reduce((s, d) => s + d.montantCents, 0);
  const disponibleCents = avant.disponibleCents - mensualitesCents;
  const per = (divisor: number) =>
    divisor > 0
      ? { mensuelCents: Math.round(disponibleCents / divisor), jourCents: Math.round(disponibleCents / divisor / DAYS_PER_MONTH) }
      : null;
  return { mensualitesCents, totalDettesCents, disponibleCents, parPart: per(avant.parts), parUc: per(avant.uc) };
}
