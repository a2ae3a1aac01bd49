// What /connexion says after a provider sign-in that did not open a session (?erreur=<code>).
// One generic message for every account refusal (unknown e-mail, disabled account, provider not
// enabled…): it never says which, as for the password sign-in.
export const OIDC_ERROR_MESSAGES = {
  "oidc-refus":
    "Connexion impossible avec ce compte : il n'est relié à aucun compte Passerelle actif pour lequel ce mode de connexion est ouvert. Adressez-vous à l'administrateur de votre structure.",
  "oidc-verification": "La connexion n'a pas pu être vérifiée (demande expirée ou réponse invalide). Recommencez depuis cette page.",
  "oidc-indisponible": "Le service d'identification ne répond pas. Réessayez dans quelques instants ou connectez-vous avec votre mot de passe.",
  "oidc-inconnu": "Ce mode de connexion n'est pas configuré.",
} as const;

export type OidcErrorCode = keyof typeof OIDC_ERROR_MESSAGES;

export const isOidcErrorCode = (value: unknown): value is OidcErrorCode => typeof value === "string" && Object.hasOwn(OIDC_ERROR_MESSAGES, value);
