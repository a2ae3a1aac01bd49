/** The URL of a list with these filters; empty values are left out (defaults stay out of links). */
export function listHref(path: string, q: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])));
  return params.size ? `${path}?${params}` : path;
}
