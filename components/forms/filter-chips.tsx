// The active filters of a list, shown while the filters are folded (issue 18): each chip is a
// link to the same list without that filter, so removing one works without JavaScript too.
import Link from "next/link";

export type FilterChip = { label: string; href: string };

/** The list's current query without `keys` (and back to page 1): what a chip links to. */
export function hrefWithout(path: string, current: URLSearchParams, keys: string[]): string {
  const next = new URLSearchParams(current);
  for (const key of [...keys, "page"]) next.delete(key);
  return next.size ? `${path}?${next}` : path;
}

export function FilterChips({ chips, label = "Filtres actifs" }: { chips: FilterChip[]; label?: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.href + chip.label}>
          <Link className="filter-chip" href={chip.href}>
            {chip.label}
            <span aria-hidden="true" className="filter-chip__x">×</span>
            <span className="sr-only"> (retirer ce filtre)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
