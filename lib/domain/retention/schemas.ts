import { z } from "zod";

export const ZAnonymiseSelection = z.object({
  usagerIds: z.array(z.uuid({ error: "Dossier inconnu." }), { error: "Sélectionnez au moins un dossier." })
    .min(1, "Sélectionnez au moins un dossier.").max(100, "100 dossiers au plus à la fois.")
    .transform((ids) => [...new Set(ids)]),
  // The irreversible step is confirmed explicitly, not by a single click.
  confirme: z.literal(true, { error: "Cochez la case pour confirmer l'anonymisation." }),
  /** The form it comes from: the preview page goes back to the list once its dossier is gone. */
  depuis: z.enum(["liste", "apercu"], { error: "Formulaire inconnu." }).default("liste"),
});
export type AnonymiseSelectionInput = z.input<typeof ZAnonymiseSelection>;
