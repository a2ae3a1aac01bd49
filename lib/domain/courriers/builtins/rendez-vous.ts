// The convocation to a rendez-vous: day and time (Paris), place (the site's address, the
// person's home, or a phone call), the worker, the purpose, what to bring, whom to warn.
import { RDV_KIND_LABELS } from "@/lib/domain/agenda/labels";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { field, h, item, p } from "@/lib/domain/shared/letter/letter";
import { PIECES_A_APPORTER_DEFAUT } from "../labels";
import { personLetter, referencesOf, serviceClosing, type BuildContext } from "./common";

const weekday = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", weekday: "long" });

/** "mardi 08/12/2026" and "10 h 30", in Paris time. */
export function rdvDayAndTime(debut: Date): { jour: string; date: string; heure: string } {
  const local = dateToParisLocal(debut);
  const [y, m, d] = local.slice(0, 10).split("-");
  const [hh, mm] = local.slice(11).split(":");
  return { jour: weekday.format(debut), date: `${d}/${m}/${y}`, heure: `${Number(hh)} h ${mm}` };
}

export function rdvPlace(rdv: NonNullable<BuildContext["ctx"]["rdv"]>, usagerAddress: string | null): string {
  if (rdv.kind === "VISITE_A_DOMICILE") return `à votre domicile${usagerAddress ? ` (${usagerAddress})` : ""}`;
  if (rdv.kind === "TELEPHONE") return "par téléphone : nous vous appellerons au numéro que vous nous avez indiqué";
  const site = rdv.site ? `${rdv.site.name}, ${rdv.site.address}, ${rdv.site.postalCode} ${rdv.site.city}` : null;
  return [site, rdv.lieuPrecision].filter(Boolean).join(" — ") || "dans nos locaux";
}

export function convocationLetter(b: BuildContext) {
  const rdv = b.ctx.rdv!;
  const u = b.ctx.usager;
  const when = rdvDayAndTime(rdv.debut);
  const address = [u.adresse, [u.codePostal, u.commune].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null;
  const worker = `${rdv.travailleur.firstName} ${rdv.travailleur.lastName}`;
  const pieces = (b.input.piecesAApporter ?? PIECES_A_APPORTER_DEFAUT).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const phone = b.settings.letterhead.telephone;
  return personLetter(b, {
    title: "Convocation à un rendez-vous",
    references: referencesOf(b, `rendez-vous du ${when.date}`, rdv.travailleur),
    subject: "convocation à un rendez-vous",
    body: [
      p(`Nous vous invitons à un rendez-vous avec ${worker} le ${when.jour} ${when.date} à ${when.heure}.`),
      field("Date", `${when.jour} ${when.date}`),
      field("Heure", when.heure),
      field("Type de rendez-vous", RDV_KIND_LABELS[rdv.kind]),
      field("Lieu", rdvPlace(rdv, address)),
      field("Avec", worker),
      ...(rdv.objet ? [field("Objet", rdv.objet)] : []),
      ...(pieces.length ? [h("Documents à apporter"), ...pieces.map(item)] : []),
      p(`En cas d'empêchement, merci de nous prévenir dès que possible${phone ? ` au ${phone}` : ""} afin de convenir d'un autre rendez-vous.`),
    ],
    closing: serviceClosing(u.civilite === "MADAME" ? "Madame" : u.civilite === "MONSIEUR" ? "Monsieur" : undefined),
  });
}
