// The sealed usagers search of this instance (lib/security/sealed-search.mjs, decision 0064).
import { env } from "@/lib/env";
import { openSearch, sealSearch } from "./sealed-search.mjs";

/** A working day: paging, sorting and "back" keep working; a day-old history entry opens nothing. */
export const SEARCH_TOKEN_TTL_MS = 12 * 60 * 60 * 1000;

export const sealUsagerSearch = (userId: string, q: string) =>
  sealSearch({ secret: env().NEXTAUTH_SECRET, userId, q, ttlMs: SEARCH_TOKEN_TTL_MS });

export const openUsagerSearch = (userId: string, token: string | undefined) =>
  openSearch({ secret: env().NEXTAUTH_SECRET, userId, token });
