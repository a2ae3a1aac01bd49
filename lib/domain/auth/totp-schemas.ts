import { z } from "zod";

const code = z
  .string({ error: "Saisissez le code à 6 chiffres." })
  .trim()
  .min(1, "Saisissez le code à 6 chiffres affiché par votre application.")
  .max(20, "Code trop long.")
  .refine((v) => /^\d{6}$/.test(v.replace(/\s/g, "")), "Le code compte 6 chiffres, par exemple 123456.");

/** Enrolment and disabling: a current code from the authenticator app. */
export const ZTotpCode = z.object({ code });
export type TotpCodeInput = z.input<typeof ZTotpCode>;

export const ZTotpReset = z.object({ id: z.uuid({ error: "Compte inconnu." }) });

/** The second step of sign-in: a 6-digit code or a recovery code (xxxxx-xxxxx). */
export const ZSignInCode = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Saisissez le code à 6 chiffres ou un code de secours.")
    .max(20, "Code trop long."),
});
export type SignInCodeValues = z.infer<typeof ZSignInCode>;

/** next-auth error code: the password was right, the second factor is expected. */
export const SECOND_FACTOR_REQUIRED = "code_requis";
/** next-auth error code: too many failed sign-ins (429). */
export const SIGN_IN_THROTTLED = "trop_de_tentatives";
export const SIGN_IN_THROTTLED_MESSAGE =
  "Trop de tentatives de connexion échouées : par sécurité, patientez quelques minutes avant de réessayer.";
export const SECOND_FACTOR_FAILED =
  "Connexion impossible : code incorrect, expiré ou déjà utilisé, ou compte indisponible. Après 5 échecs, le compte est bloqué 15 minutes.";

/** The second step of sign-in as the server action reads it. */
export const ZSignInCodeForm = ZSignInCode.extend({ callbackUrl: z.string().max(2_000).optional().catch(undefined) });
