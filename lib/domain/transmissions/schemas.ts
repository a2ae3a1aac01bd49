// Transmissions: a short message on a dossier (or one of its entretiens, aides, orientations), a
// reply, a correction within 10 minutes. French messages; the same schemas for form and action.
import { z } from "zod";
import { requiredText, uuidOrEmpty } from "../shared/fields";

export const MAX_TRANSMISSION = 4_000;
export const MAX_MENTIONS = 20;
const texte = requiredText("Le message", MAX_TRANSMISSION);
const subject = (message: string) => uuidOrEmpty(message).default("").transform((v) => v || null);

export const ZTransmission = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  entretienId: subject("Entretien inconnu."),
  aideId: subject("Aide inconnue."),
  orientationId: subject("Orientation inconnue."),
  /** A reply: the message answered (its subject is the reply's). */
  parentId: subject("Message inconnu."),
  texte,
  /** Colleagues named: ids chosen in the list of those who may read the dossier. */
  mentions: z.array(z.uuid({ error: "Collègue inconnu·e : choisissez dans la liste." }), { error: "Collègues mentionnés : liste attendue." })
    .max(MAX_MENTIONS, `Mentionnez au plus ${MAX_MENTIONS} collègues.`)
    .default([])
    .transform((v) => [...new Set(v)]),
}).superRefine((t, ctx) => {
  if ([t.entretienId, t.aideId, t.orientationId].filter(Boolean).length > 1) {
    ctx.addIssue({ code: "custom", path: ["entretienId"], message: "Une transmission porte sur un seul entretien, une seule aide ou une seule orientation." });
  }
});
export type TransmissionInput = z.output<typeof ZTransmission>;

export const ZTransmissionEdit = z.object({
  transmissionId: z.uuid({ error: "Message inconnu." }),
  texte,
});
export type TransmissionEdit = z.output<typeof ZTransmissionEdit>;
