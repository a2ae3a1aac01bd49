// Reste à vivre = (ressources − charges retenues) / nombre de parts, or / unités de consommation
// (OECD-modified scale: 1 for the first adult, 0.5 per other person aged 14+, 0.3 per child under
// 14). Which charges count and every weight are settings of the structure. Pure: unit-tested.
export type RavSettings = {
  chargesRetenues: string[];
  ucPremierAdulte: number;
  ucAutrePersonne14: number;
  ucEnfantMoins14: number;
  partAdulte: number;
  partEnfant: number;
  partEnfantDesTroisieme: number;
};

/** The age counted for a person whose birth date is not known: an adult. */
const ADULT_AGE = 30;

export type RavPerson = { dateNaissance: Date | null; lien: "USAGER" | "CONJOINT" | "ENFANT" | "PARENT" | "FRERE_SOEUR" | "AUTRE_FAMILLE" | "AUTRE" };
export type RavLine = { kind: "RESSOURCE" | "CHARGE"; type: string; montantCents: number };

/** Days in a month for the daily figure (the convention most CCAS use). */
export const DAYS_PER_MONTH = 30;

export function ageOn(birth: Date, on: Date): number {
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const m = on.getUTCMonth() - birth.getUTCMonth();
  if (m < 0 || (m === 0 && on.getUTCDate() < birth.getUTCDate())) age--;
  return age;
}

export function computeResteAVivre(people: RavPerson[], lines: RavLine[], settings: RavSettings, on = new Date()) {
  const ressourcesCents = lines.filter((l) => l.kind === "RESSOURCE").reduce((s, l) => s + l.montantCents, 0);
  const chargesCents = lines
    .filter((l) => l.kind === "CHARGE" && settings.chargesRetenues.includes(l.type))
    .reduce((s, l) => s + l.montantCents, 0);
  const disponibleCents = ressourcesCents - chargesCents;

  // The usager is the first adult; people are ranked by age for the child rank rule.
  // A birth date not known (people without papers) counts as an adult.
  const ages = people.map((p) => ({ ...p, age: p.dateNaissance ? ageOn(p.dateNaissance, on) : ADULT_AGE }));
  const usager = ages.find((p) => p.lien === "USAGER");
  const others = ages.filter((p) => p !== usager).sort((a, b) => b.age - a.age);
  const uc = (usager ? settings.ucPremierAdulte : 0) +
    others.reduce((s, p) => s + (p.age >= 14 ? settings.ucAutrePersonne14 : settings.ucEnfantMoins14), 0);

  let childRank = 0;
  const parts = ages.reduce((s, p) => {
    if (p.age >= 18 && p.lien !== "ENFANT") return s + settings.partAdulte;
    childRank++;
    return s + (childRank >= 3 ? settings.partEnfantDesTroisieme : settings.partEnfant);
  }, 0);

  const per = (divisor: number) =>
    divisor > 0
      ? { mensuelCents: Math.round(disponibleCents / divisor), jourCents: Math.round(disponibleCents / divisor / DAYS_PER_MONTH) }
      : null;
  return { ressourcesCents, chargesCents, disponibleCents, parts, uc: Math.round(uc * 100) / 100, parPart: per(parts), parUc: per(uc) };
}
export type ResteAVivre = ReturnType<typeof computeResteAVivre>;
