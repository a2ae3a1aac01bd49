// The providers configured for this instance (OIDC_PROVIDERS in lib/env.ts), in their order.
import { env } from "@/lib/env";
import type { OidcProviderConfig } from "@/lib/oidc-config";

export const configuredOidcProviders = (): OidcProviderConfig[] => env().OIDC_PROVIDERS ?? [];

export const findOidcProvider = (id: string): OidcProviderConfig | null => configuredOidcProviders().find((p) => p.id === id) ?? null;

/** For the button and the settings page: nothing secret. */
export const oidcProviderChoices = () => configuredOidcProviders().map((p) => ({ id: p.id, label: p.label, kind: p.kind }));

/** The public address the provider sends the browser back to (APP_URL, else NEXTAUTH_URL, else this request's). */
export const publicAppUrl = (requestUrl: string) => env().APP_URL ?? env().NEXTAUTH_URL ?? new URL(requestUrl).origin;
