// The bulk reassignment form (one schema for the client form and the server action).
import { z } from "zod";

export const ZReassign = z.object({
  fromUserId: z.uuid({ error: "Choisissez le travailleur social qui transmet ses dossiers." }),
  toUserId: z.uuid({ error: "Choisissez le travailleur social qui reprend les dossiers." }),
  /** "tous": every dossier of the first worker; "choix": the ticked ones. */
  portee: z.enum(["tous", "choix"], { error: "Choisissez les dossiers à transmettre." }),
  // A lone checkbox gives a string (or false) rather than a list: normalise to a list.
  usagerIds: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []), z.array(z.uuid({ error: "Dossier inconnu." })).max(10_000)),
}).superRefine((v, ctx) => {
  if (v.fromUserId === v.toUserId) ctx.addIssue({ code: "custom", path: ["toUserId"], message: "Choisissez un autre travailleur social que celui qui transmet." });
  if (v.portee === "choix" && v.usagerIds.length === 0) ctx.addIssue({ code: "custom", path: ["usagerIds"], message: "Cochez au moins un dossier, ou choisissez « tous ses dossiers »." });
});
export type ReassignInput = z.input<typeof ZReassign>;
export type Reassign = z.output<typeof ZReassign>;
