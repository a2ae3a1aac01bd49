import type { KeyLike } from "jose";

export type IdTokenTamper = (claims: Record<string, unknown>) => Promise<{ claims: Record<string, unknown>; key?: KeyLike; kid?: string }>;

export function startOidcProvider(options: {
  port?: number;
  clientId?: string;
  clientSecret?: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  accounts?: Record<string, Record<string, unknown>>;
  anyEmailLogin?: boolean;
}): Promise<{
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, Record<string, unknown>>;
  tamperIdToken(fn: IdTokenTamper | null): void;
  otherKey(): Promise<KeyLike>;
  close(): Promise<void>;
}>;
