// The quick jump (Ctrl+K): a name or a numéro de dossier, searched as on /usagers.
import { z } from "zod";

export const ZQuickJump = z.object({
  q: z.string({ error: "Saisissez un nom ou un numéro de dossier." }).trim()
    .min(1, { error: "Saisissez un nom ou un numéro de dossier." })
    .max(100, { error: "100 caractères au plus." }),
});
export type QuickJumpInput = z.output<typeof ZQuickJump>;
