import { z } from "zod";

export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Saisissez votre adresse e-mail.")
    .max(254, "Adresse e-mail trop longue.")
    .email("Saisissez une adresse e-mail valide, par exemple prenom.nom@ville.fr."),
  password: z.string().min(1, "Saisissez votre mot de passe.").max(200, "Mot de passe trop long."),
});
export type SignInValues = z.infer<typeof ZSignIn>;

/** Error code next-auth passes back when sign-in could not be checked at all. */
export const SERVICE_UNAVAILABLE = "service_indisponible";
export const SERVICE_UNAVAILABLE_MESSAGE = "Connexion momentanément impossible : le service ne répond pas. Réessayez dans quelques instants.";

/** The one message for every failed sign-in: it never says which part was wrong. */
export const SIGN_IN_FAILED =
  "Connexion impossible : adresse e-mail ou mot de passe incorrect, ou compte indisponible. Après 5 échecs, le compte est bloqué 15 minutes.";

/**
 * Where the browser goes once signed in, a hidden field of the sign-in forms: checked again by
 * the action (a path of this site only); anything odd is ignored, never an error on the form.
 */
const callbackUrl = z.string().max(2_000).optional().catch(undefined);

/** The sign-in form as the server action reads it. */
export const ZSignInForm = ZSignIn.extend({ callbackUrl });

/** The message when the second step comes too late (the proof of the password expired). */
export const SECOND_FACTOR_EXPIRED =
  "Le délai pour saisir le code est dépassé : saisissez à nouveau votre adresse e-mail et votre mot de passe.";
