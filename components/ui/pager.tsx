// A pager made of plain links: it works without JavaScript, and every page is a URL that keeps
// the list's filters (the dashboard links to these lists, and a colleague can open the same page).
import Link from "next/link";

const number = new Intl.NumberFormat("fr-FR");

/** "1 234 demandes", "1 demande", "Aucune demande". */
export function countLabel(total: number, singular: string, plural: string, none: string): string {
  if (total === 0) return none;
  return `${number.format(total)} ${total > 1 ? plural : singular}`;
}

/** The URL of one page of a list; `query` holds the filters (empty values are left out). */
export function pageHref(path: string, query: Record<string, string>, page: number): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) q.set(key, value);
  if (page > 1) q.set("page", String(page));
  return q.size ? `${path}?${q}` : path;
}

type Props = { path: string; query: Record<string, string>; page: number; pageSize: number; total: number };

export function Pager({ path, query, page, pageSize, total }: Props) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount === 1 && page === 1) return null;
  // An old link can point past the last page once rows are gone: "Précédent" leads back inside.
  const previous = Math.min(page - 1, pageCount);
  return (
    <nav className="pagination" aria-label="Pagination">
      <span>Page {number.format(page)} sur {number.format(pageCount)}</span>
      {page > 1 ? <Link className="btn btn--secondary btn--small" rel="prev" href={pageHref(path, query, previous)}>Précédent</Link> : null}
      {page < pageCount ? <Link className="btn btn--secondary btn--small" rel="next" href={pageHref(path, query, page + 1)}>Suivant</Link> : null}
    </nav>
  );
}
