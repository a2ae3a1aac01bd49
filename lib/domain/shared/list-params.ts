// What every list's URL parameters share: a page number, an optional id, and the first value of
// a repeated parameter. Malformed values fall back to defaults (a shared link never answers 500).
import { z } from "zod";
import { isUuid } from "./fields";

export const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A uuid, or "" when absent or malformed (the filter is then off). */
export const ZOptionalUuid = z.string().refine(isUuid).or(z.literal("")).catch("");

/** `?a=1&a=2` gives the first value; an absent parameter "". */
export function firstValue(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

/** A page size among the list's choices; anything else gives the list's default. */
export const zPageSize = (sizes: readonly number[], fallback: number) =>
  z.coerce.number().pipe(z.union(sizes.map((n) => z.literal(n)))).catch(fallback);

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A list's URL parameters through its schema: the first value of each parameter the schema
 * knows, "" when absent. Each field's `.catch` gives its default, so the result is always usable.
 */
export function parseSearchParams<S extends z.ZodObject>(schema: S, searchParams: SearchParams): z.output<S> {
  return schema.parse(Object.fromEntries(Object.keys(schema.shape).map((key) => [key, firstValue(searchParams[key])])));
}
