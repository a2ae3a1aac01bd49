// Where a plain form post may send the browser back: a path of this site only. Anything that
// would leave it ("//autre.example", "/\\autre.example", "https://…", control characters) is
// refused, so the parameter cannot be used as an open redirect.
const BASE = "http://passerelle.invalid";

/** The path and query of `raw` when it stays on this site, else null. */
export function sameSitePath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2_000) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  return url.origin === BASE ? url.pathname + url.search : null;
}
