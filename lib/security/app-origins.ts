import { env } from "@/lib/env";

/** The application's own public addresses, trusted as request origins. */
export function appOrigins(): string[] {
  const { NEXTAUTH_URL, APP_URL } = env();
  return [NEXTAUTH_URL, APP_URL].filter((u): u is string => Boolean(u));
}
