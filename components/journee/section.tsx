// One section of Ma journée: a card whose heading carries its count, the items (a few), and a
// link to the full list when there are more.
import Link from "next/link";
import type { ReactNode } from "react";

export function JourneeSection({ id, title, count, empty, more, wide = false, children }: {
  id: string; title: string; count: number; empty: string; more?: { href: string; label: string } | null; wide?: boolean; children?: ReactNode;
}) {
  return (
    <section className={wide ? "card journee-wide" : "card"} aria-labelledby={id}>
      <h2 id={id}>{title} ({count})</h2>
      {count === 0 ? <p className="muted">{empty}</p> : children}
      {more ? <p className="journee-more"><Link href={more.href}>{more.label}</Link></p> : null}
    </section>
  );
}

/** The first `n` items, and the link to the rest when some are left out. */
export function firstOf<T>(rows: T[], n = 6): T[] {
  return rows.slice(0, n);
}

export const person = (u: { nom: string; prenom: string }) => `${u.nom.toLocaleUpperCase("fr-FR")} ${u.prenom}`;
