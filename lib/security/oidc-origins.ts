import { env } from "@/lib/env";

/** The origins of the configured OpenID Connect providers, for the CSP's form-action. */
export function oidcProviderOrigins(): string[] {
  return [...new Set((env().OIDC_PROVIDERS ?? []).map((p) => new URL(p.issuer).origin))];
}
