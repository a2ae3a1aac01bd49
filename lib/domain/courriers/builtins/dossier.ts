// Letters from the dossier itself: the attestation de suivi (which says that the person is
// followed, never why: secret professionnel, CASF L.411-3) and the letter to the landlord.
import { formatCalendarDate } from "@/lib/format";
import { DomainError } from "@/lib/domain/errors";
import { isoToDate } from "@/lib/domain/shared/fields";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { p } from "@/lib/domain/shared/letter/letter";
import { signatureOf } from "@/lib/domain/shared/letter/letterhead";
import { neLe, personLetter, personName, referencesOf, serviceClosing, type BuildContext } from "./common";

export function attestationSuiviLetter(b: BuildContext) {
  const u = b.ctx.usager;
  const signer = signatureOf(b.settings, b.actor);
  const address = [u.adresse?.replace(/\r?\n/g, ", "), [u.codePostal, u.commune].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const since = formatCalendarDate(isoToDate(parisToday(u.createdAt)));
  const suivie = u.civilite === "MADAME" ? "accompagnée" : u.civilite === "MONSIEUR" ? "accompagné" : "accompagné(e)";
  const interesse = u.civilite === "MADAME" ? "l'intéressée" : u.civilite === "MONSIEUR" ? "l'intéressé" : "l'intéressé(e)";
  return personLetter(b, {
    title: "Attestation de suivi",
    recipient: null,
    salutation: null,
    references: referencesOf(b, "", null),
    heading: "Attestation de suivi",
    body: [
      p(`Je soussigné(e), ${signer.nom}${signer.fonction ? `, ${signer.fonction}` : ""}, atteste que ${personName(u)}, ${neLe(u)} ${formatCalendarDate(u.dateNaissance)}${address ? `, demeurant ${address}` : ""}, est ${suivie} par les services de ${b.settings.letterhead.nom} depuis le ${since}.`),
      ...(b.input.objet ? [p(`Cette attestation est établie pour : ${b.input.objet}.`)] : []),
      p(`Elle est délivrée à la demande de ${interesse}, pour servir et valoir ce que de droit. Conformément au secret professionnel (article L.411-3 du code de l'action sociale et des familles), elle ne mentionne pas la nature de l'accompagnement.`),
    ],
  });
}

/** A letter to a third party needs the person's agreement, a recipient and a message. */
export function assertThirdPartyLetter(b: BuildContext, recipient: string | null) {
  const fieldErrors: Record<string, string> = {};
  if (!b.input.accordPersonne) fieldErrors.accordPersonne = "Cochez cette case : ce courrier à un tiers ne peut partir qu'avec l'accord de la personne.";
  if (!recipient) fieldErrors.destinataire = "Saisissez le destinataire du courrier.";
  if (!b.input.message && b.ctx.source === "DOSSIER") fieldErrors.message = "Saisissez le message du courrier.";
  if (Object.keys(fieldErrors).length) throw new DomainError("Le courrier ne peut pas être établi : complétez les champs signalés.", fieldErrors);
}

export const recipientLines = (name: string, address: string | null) =>
  [name, ...(address ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean)];

export function bailleurLetter(b: BuildContext) {
  const u = b.ctx.usager;
  const recipient = b.input.destinataire ?? u.bailleur;
  assertThirdPartyLetter(b, recipient);
  const address = [u.adresse?.replace(/\r?\n/g, ", "), [u.codePostal, u.commune].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return personLetter(b, {
    title: "Courrier au bailleur",
    recipient: recipientLines(recipient!, b.input.destinataireAdresse),
    salutation: "Madame, Monsieur,",
    references: referencesOf(b, "", null),
    subject: b.input.objet ?? `situation de ${personName(u)}, votre locataire`,
    body: [
      p(`Nous accompagnons ${personName(u)}${address ? `, locataire du logement situé ${address}` : ""}, qui nous a donné son accord pour vous adresser ce courrier.`),
      p(b.input.message!),
      p("Nous restons à votre disposition pour tout échange et vous remercions de l'attention que vous porterez à cette situation."),
    ],
    closing: serviceClosing(),
  });
}
