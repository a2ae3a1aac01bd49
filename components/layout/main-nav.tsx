"use client";

// The main navigation: top-level links and groups by activity. A group is a <details> (it opens
// without JavaScript; `name` makes the groups exclusive, one open at a time). On a tablet and at
// 200 % zoom (≤ 900 px) the bar folds behind a "Menu" button once the page is interactive; before
// that, or without JavaScript, the entries stay listed (decision 0081).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { NavEntry, NavItem } from "@/lib/auth/navigation";

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

function Count({ n }: { n: number | undefined }) {
  if (!n) return null;
  return <span className="nav-count"> {n}<span className="sr-only"> nouvelle{n > 1 ? "s" : ""}</span></span>;
}

function ItemLink({ item, current }: { item: NavItem; current: boolean }) {
  return (
    <Link href={item.href} aria-current={current ? "page" : undefined}>
      {item.label}<Count n={item.count} />
    </Link>
  );
}

export function MainNav({ entries, children }: { entries: NavEntry[]; children?: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLElement>(null);
  // The most precise entry is the current one ("/parametres/import" rather than "/parametres").
  const all = entries.flatMap((e) => (e.kind === "link" ? [e.item] : e.items));
  const current = all.filter((i) => isCurrent(pathname, i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;

  const closeGroups = (except?: Element | null) => {
    ref.current?.querySelectorAll("details[open]").forEach((d) => { if (d !== except) d.removeAttribute("open"); });
  };

  useEffect(() => {
    // A click outside the navigation folds an open group, as a menu would.
    const onPointer = (e: PointerEvent) => { if (ref.current && !ref.current.contains(e.target as Node)) closeGroups(); };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, []);

  return (
    <nav ref={ref} className="app-nav" aria-label="Navigation principale"
      onClick={(e) => {
        // A link followed folds the groups and the menu: the next page starts with them closed.
        if ((e.target as Element).closest("a")) { closeGroups(); setOpen(false); }
      }}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        const group = (e.target as Element).closest("details[open]");
        if (group) { group.removeAttribute("open"); group.querySelector("summary")?.focus(); e.preventDefault(); }
      }}>
      <div className="app-nav__bar">
        <button type="button" className="app-nav__toggle" aria-expanded={open} aria-controls="app-nav-list" onClick={() => setOpen(!open)}>
          Menu
        </button>
        <ul id="app-nav-list" className={open ? "app-nav__list is-open" : "app-nav__list"}>
          {entries.map((e) => e.kind === "link" ? (
            <li key={e.item.href}><ItemLink item={e.item} current={current === e.item.href} /></li>
          ) : (
            <li key={e.key}>
              <details className="app-nav__group" name="app-nav-groupes">
                <summary className={e.items.some((i) => i.href === current) ? "is-current" : undefined}>
                  {e.label}<Count n={e.count} />
                </summary>
                <ul>
                  {e.items.map((i) => <li key={i.href}><ItemLink item={i} current={current === i.href} /></li>)}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        {children ? <div className="app-nav__tools">{children}</div> : null}
      </div>
    </nav>
  );
}
