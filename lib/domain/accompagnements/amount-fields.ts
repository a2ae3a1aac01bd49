// Optional and signed amounts built on the shared euroAmount (French typing, cents, 100 000 € cap),
// keeping euroAmount's own French message on the field (a zod union would replace it).
import { z } from "zod";
import { euroAmount } from "../shared/fields";

function parseWith(label: string, v: string, ctx: z.RefinementCtx): number | typeof z.NEVER {
  const parsed = euroAmount(label).safeParse(v);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? `${label} : montant invalide.` });
  return z.NEVER;
}

/** "" → null, else an amount from 0 to 100 000 €, in cents. */
export const optionalEuroAmount = (label: string) =>
  z.string({ error: `${label} : montant attendu.` }).max(21, `${label} : montant invalide.`)
    .transform((v, ctx) => (v.trim() === "" ? null : parseWith(label, v, ctx)));

/** A balance such as a reste à vivre: "" → null, else −100 000 € to 100 000 €, in cents. */
export const optionalEuroBalance = (label: string) =>
  z.string({ error: `${label} : montant attendu.` }).max(21, `${label} : montant invalide.`).transform((v, ctx) => {
    const t = v.trim();
    if (t === "") return null;
    const negative = /^[-−]/.test(t);
    const cents = parseWith(label, negative ? t.slice(1) : t, ctx);
    return typeof cents === "number" && negative ? -cents : cents;
  });
