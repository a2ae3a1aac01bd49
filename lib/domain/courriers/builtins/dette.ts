// The letter to a creditor, from a debt of the budgetary support (aide éducative budgétaire):
// the amount still owed, the monthly payment the household can afford, a request to agree to
// the repayment plan and to suspend recovery meanwhile. Sent with the person's agreement only.
import { formatEuros } from "@/lib/format";
import { field, p } from "@/lib/domain/shared/letter/letter";
import { personLetter, personName, referencesOf, serviceClosing, type BuildContext } from "./common";
import { assertThirdPartyLetter, recipientLines } from "./dossier";

export function creancierLetter(b: BuildContext) {
  const { dette, referent } = b.ctx.dette!;
  const u = b.ctx.usager;
  const recipient = b.input.destinataire ?? dette.creancier;
  assertThirdPartyLetter(b, recipient);
  const mensualite = dette.mensualiteCents > 0 ? formatEuros(dette.mensualiteCents) : null;
  const proposal = mensualite
    ? `Afin de permettre l'apurement de cette dette, nous vous proposons un échéancier de ${mensualite} par mois, compatible avec le budget du ménage. Nous vous remercions de bien vouloir nous faire connaître votre accord et, dans l'attente, de suspendre toute procédure de recouvrement.`
    : "Nous travaillons avec le ménage à un plan d'apurement compatible avec son budget et reviendrons vers vous très prochainement. Nous vous remercions de bien vouloir, dans l'attente, suspendre toute procédure de recouvrement.";
  return personLetter(b, {
    title: "Courrier au créancier",
    recipient: recipientLines(recipient!, b.input.destinataireAdresse),
    salutation: "Madame, Monsieur,",
    references: referencesOf(b, "", referent),
    subject: b.input.objet ?? `dette de ${personName(u)}`,
    body: [
      p(`Nous accompagnons ${personName(u)} dans le cadre d'un accompagnement budgétaire. Avec son accord, nous vous écrivons au sujet de sa dette envers votre organisme.`),
      field("Débiteur", personName(u)),
      field("Montant restant dû", formatEuros(dette.montantCents)),
      ...(mensualite ? [field("Mensualité proposée", mensualite)] : []),
      p(b.input.message ?? proposal),
      p("Nous restons à votre disposition pour tout échange."),
    ],
    closing: serviceClosing(),
  });
}
