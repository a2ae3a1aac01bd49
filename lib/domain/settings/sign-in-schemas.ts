// How the structure's accounts sign in (decision 0042): the same schema checks the form and the action.
import { z } from "zod";

/** A checkbox: a boolean from the client form, or "on" / absent from a plain HTML form post. */
const checkbox = z.union([z.boolean(), z.literal("on")], { error: "Case à cocher attendue." }).optional()
  .transform((v) => v === true || v === "on");

export const ZSignInSettings = z.object({
  oidcProviders: z.array(z.string({ error: "Fournisseur d'identité inconnu." }).max(30, "Fournisseur d'identité inconnu."), { error: "Fournisseurs d'identité attendus." })
    .max(10, "Fournisseur d'identité inconnu.").optional().transform((v) => [...new Set(v ?? [])]),
  passwordSignIn: checkbox,
});
export type SignInSettingsInput = z.input<typeof ZSignInSettings>;
