// The two messages a reporter receives: the acknowledgement, and once the report is closed, that
// it was handled. Neither says anything about the person (not the description, not the place,
// not what the team found): the reporter is a third party to the social work.
import type { EmailMessage } from "@/lib/notifications/email";

export function acknowledgementEmail(to: string, { reference, structureName }: { reference: string; structureName: string }): EmailMessage {
  return {
    to,
    subject: `Signalement ${reference} reçu`,
    text: [
      "Bonjour,",
      "",
      `Votre signalement (référence ${reference}) a bien été reçu par l'équipe de maraude de ${structureName}.`,
      "L'équipe va essayer de rencontrer la personne. Vous recevrez un message quand le signalement aura été traité ; pour respecter sa vie privée, ce message ne donnera aucune information sur la personne.",
      "",
      "En cas d'urgence, appelez le 115 (Samu social), le 15 (Samu) ou le 17 (police).",
      "",
      "Ce message est envoyé automatiquement : merci de ne pas y répondre.",
    ].join("\n"),
  };
}

export function closingEmail(to: string, { reference, structureName }: { reference: string; structureName: string }): EmailMessage {
  return {
    to,
    subject: `Signalement ${reference} traité`,
    text: [
      "Bonjour,",
      "",
      `Votre signalement (référence ${reference}) a été traité par l'équipe de maraude de ${structureName}. Merci de votre attention.`,
      "Pour respecter la vie privée de la personne, nous ne pouvons pas vous en dire plus.",
      "Vos coordonnées ont été effacées de notre fichier.",
      "",
      "Si vous croisez une autre fois une personne en difficulté, vous pouvez faire un nouveau signalement. En cas d'urgence, appelez le 115 (Samu social), le 15 (Samu) ou le 17 (police).",
      "",
      "Ce message est envoyé automatiquement : merci de ne pas y répondre.",
    ].join("\n"),
  };
}
