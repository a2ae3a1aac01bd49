// The OpenID Connect providers of this instance (OIDC_PROVIDERS, a JSON array checked by
// lib/env.ts): ProConnect, a city's Keycloak… Which structure may use which one is the ADMIN's
// setting (StructureSettings.oidcProviders); this file only says how to reach each provider.
import { z } from "zod";

const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

const ZIssuer = z
  .string()
  .url("OIDC_PROVIDERS : issuer doit être une URL https://…")
  .refine((v) => {
    const url = new URL(v);
    // Plain HTTP only on loopback (the test suite's provider); never over a network.
    return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname));
  }, "OIDC_PROVIDERS : issuer doit être en https:// (http:// seulement sur localhost)");

const ZOidcProvider = z
  .object({
    /** In addresses (/api/oidc/<id>/connexion) and in the structure's setting: lower case, digits, dashes. */
    id: z.string().regex(/^[a-z0-9-]{1,30}$/, "OIDC_PROVIDERS : id en minuscules, chiffres et tirets (30 au plus)"),
    /** "proconnect": ProConnect's defaults (scopes, acr, claims) and its button. */
    kind: z.enum(["proconnect", "generic"], { error: "OIDC_PROVIDERS : kind vaut proconnect ou generic" }).default("generic"),
    /** The button says "Se connecter avec <label>". */
    label: z.string().trim().min(1).max(60).optional(),
    issuer: ZIssuer,
    clientId: z.string().min(1, "OIDC_PROVIDERS : clientId manquant"),
    clientSecret: z.string().min(1, "OIDC_PROVIDERS : clientSecret manquant"),
    scopes: z.string().optional(),
    /** The claim that carries the e-mail (default "email"). */
    emailClaim: z.string().min(1).default("email"),
    /** ProConnect: "eidas1"; sent as acr_values. */
    acrValues: z.string().optional(),
    /**
     * Believe the e-mail without an `email_verified: true` claim. ProConnect sends none: its
     * identity providers are the administrations themselves; a generic provider must send it.
     */
    trustEmail: z.boolean().optional(),
    /** acr values that mean several factors (then no TOTP on top); amr "mfa" counts too. */
    multiFactorAcr: z.array(z.string()).optional(),
  })
  .transform((p) => {
    const proconnect = p.kind === "proconnect";
    return {
      ...p,
      label: p.label ?? (proconnect ? "ProConnect" : p.id),
      scopes: p.scopes ?? (proconnect ? "openid email given_name usual_name siret organizational_unit" : "openid email profile"),
      acrValues: p.acrValues ?? (proconnect ? "eidas1" : undefined),
      trustEmail: p.trustEmail ?? proconnect,
      multiFactorAcr: p.multiFactorAcr ?? (proconnect ? ["eidas2", "eidas3"] : []),
    };
  });

export type OidcProviderConfig = z.output<typeof ZOidcProvider>;

export const ZOidcProviders = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v);
    } catch {
      return "json invalide";
    }
  },
  z
    .array(ZOidcProvider, { error: "OIDC_PROVIDERS doit être un tableau JSON de fournisseurs" })
    .max(10)
    .refine((list) => new Set(list.map((p) => p.id)).size === list.length, "OIDC_PROVIDERS : deux fournisseurs ont le même id"),
);

/** What the browser carries between the start of a provider sign-in and its callback (an encrypted cookie). */
export type OidcPending = { provider: string; state: string; nonce: string; verifier: string; callbackUrl: string | null };
