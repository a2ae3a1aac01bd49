// The pieces of every list's filter form (aides, entretiens, fiches, rendez-vous, domiciliations,
// ateliers): a plain GET form, so a filtered list is a URL (the dashboard links to the same ones)
// and it works without JavaScript; sending it starts again at page 1.
import Link from "next/link";
import type { ReactNode } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { FilterChips, hrefWithout, type FilterChip } from "@/components/forms/filter-chips";

type Option = { id: string; name: string };
type Person = { id: string; firstName: string; lastName: string; status?: "ACTIVE" | "DISABLED" | "PENDING_APPROVAL" };

export function ListFilterForm({ label, action, values, clearHref, note, chips, children }: {
  /** The form's accessible name, e.g. "Filtres des entretiens". */
  label: string;
  action: string;
  /** The parsed filters: a change remounts the uncontrolled fields, which would keep what they showed. */
  values: object;
  clearHref: string;
  note?: ReactNode;
  /** The active filters, shown (and counted) while the fields are folded (issue 18). */
  chips?: FilterChip[];
  children: ReactNode;
}) {
  // Folded by default so the rows come first; a plain <details>, so it opens without JavaScript.
  return (
    <form key={JSON.stringify(values)} role="search" aria-label={label} action={action} method="get" className="list-filters">
      <details>
        <summary>Filtres{chips ? ` (${chips.length})` : ""}</summary>
        <div className="filters">{children}</div>
        {note ? <p className="muted" style={{ marginTop: 0 }}>{note}</p> : null}
        <p className="list-filters__actions">
          <button type="submit" className="btn btn--small">Filtrer</button>
          <Link href={clearHref}>Effacer les filtres</Link>
        </p>
      </details>
      {chips ? <FilterChips chips={chips} /> : null}
    </form>
  );
}

/**
 * The chips of a GET filter form, from its parsed values: one per `describe` entry whose value is
 * set (and differs from `defaults`), linking to the list without it.
 */
export function valueChips(path: string, values: Record<string, unknown>, describe: Record<string, (value: string) => string | null>, defaults: Record<string, string> = {}): FilterChip[] {
  const current = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v === "" || v === undefined || v === null || defaults[k] === String(v)) continue;
    current.set(k, String(v));
  }
  const chips: FilterChip[] = [];
  for (const [key, text] of Object.entries(describe)) {
    const value = current.get(key);
    const label = value ? text(value) : null;
    if (label) chips.push({ label, href: hrefWithout(path, current, [key]) });
  }
  return chips;
}

/** `du` and `au`, Paris calendar days, both inclusive. */
export function DayRangeFields({ du, au, fromLabel = "Du" }: { du: string; au: string; fromLabel?: string }) {
  return (
    <>
      <TextField label={fromLabel} type="date" name="du" defaultValue={du} min="2000-01-01" max="2100-12-31" />
      <TextField label="Au (inclus)" type="date" name="au" defaultValue={au} min="2000-01-01" max="2100-12-31" />
    </>
  );
}

/** A choice among the structure's sites; a shared link naming another one keeps it visible. */
export function SiteSelect({ value, sites, label = "Site du dossier", extra }: {
  value: string; sites: Option[]; label?: string;
  /** Choices after the sites, e.g. "Hors site". */
  extra?: Option[];
}) {
  const known = !value || [...sites, ...(extra ?? [])].some((s) => s.id === value);
  return (
    <SelectField label={label} name="site" defaultValue={value}>
      <option value="">Tous</option>
      {[...sites, ...(extra ?? [])].map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      {known ? null : <option value={value}>Site inconnu</option>}
    </SelectField>
  );
}

/** A choice among the structure's workers, the signed-in one marked "(moi)". */
export function PersonSelect({ label, name, value, people, actorId, unknown = "Compte inactif" }: {
  label: string; name: string; value: string; people: Person[]; actorId: string; unknown?: string;
}) {
  const known = !value || people.some((p) => p.id === value);
  return (
    <SelectField label={label} name={name} defaultValue={value}>
      <option value="">Tout le monde</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.lastName} {p.firstName}{p.id === actorId ? " (moi)" : ""}{p.status === "DISABLED" ? " (compte désactivé)" : p.status === "PENDING_APPROVAL" ? " (compte en attente)" : ""}
        </option>
      ))}
      {known ? null : <option value={value}>{unknown}</option>}
    </SelectField>
  );
}

export function PageSizeSelect({ value, sizes }: { value: number; sizes: readonly number[] }) {
  return (
    <SelectField label="Lignes par page" name="taille" defaultValue={String(value)}>
      {sizes.map((n) => <option key={n} value={String(n)}>{n}</option>)}
    </SelectField>
  );
}

/** A select over a label table, with an "all" choice first. */
export function LabelSelect({ label, name, value, labels, all = "Tous", children }: {
  label: string; name: string; value: string; labels: Record<string, string>; all?: string; children?: ReactNode;
}) {
  return (
    <SelectField label={label} name={name} defaultValue={value}>
      <option value="">{all}</option>
      {children}
      {Object.entries(labels).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
    </SelectField>
  );
}

/** Chip texts shared by the forms: a Paris day, a person, a site. */
export const chipText = {
  day: (prefix: string) => (v: string) => `${prefix} ${v.split("-").reverse().join("/")}`,
  person: (prefix: string, people: Person[]) => (v: string) => {
    const p = people.find((x) => x.id === v);
    return `${prefix} : ${p ? `${p.firstName} ${p.lastName}` : "compte inactif"}`;
  },
  site: (prefix: string, sites: Option[]) => (v: string) => `${prefix} : ${sites.find((x) => x.id === v)?.name ?? "inconnu"}`,
  label: (prefix: string, labels: Record<string, string>) => (v: string) => `${prefix} : ${labels[v] ?? v}`,
};
