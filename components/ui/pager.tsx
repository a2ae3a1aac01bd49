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

/** Pages are `path` with `query`, or whatever `hrefOf` builds (a list whose empty filters must stay in the URL). */
type Props = { page: number; pageSize: number; total: number } & ({ path: string; query: Record<string, string> } | { hrefOf: (page: number) => string });

export function Pager(props: Props) {
  const { page, pageSize, total } = props;
  const href = (n: number) => ("hrefOf" in props ? props.hrefOf(n) : pageHref(props.path, props.query, n));
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (pageCount === 1 && page === 1) return null;
  // An old link can point past the last page once rows are gone: "Précédent" leads back inside.
  const previous = Math.min(page - 1, pageCount);
  return (
    <nav className="pagination" aria-label="Pagination">
      <span>Page {number.format(page)} sur {number.format(pageCount)}</span>
      {page > 1 ? <Link className="btn btn--secondary btn--small" rel="prev" href={href(previous)}>Précédent</Link> : null}
      {page < pageCount ? <Link className="btn btn--secondary btn--small" rel="next" href={href(page + 1)}>Suivant</Link> : null}
    </nav>
  );
}
