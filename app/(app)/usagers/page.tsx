import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canExportDossiersForImport, canListUsagers } from "@/lib/auth/permissions";
import { effectiveReferent, ownCaseloadByDefault } from "@/lib/auth/caseload";
import { parseUsagerListParams, USAGER_URL_KEYS, usagerListHref } from "@/lib/domain/usagers/list-params";
import { listQuartiers, listReferentOptions, listUsagers } from "@/lib/domain/usagers/list";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { openUsagerSearch, sealUsagerSearch } from "@/lib/security/usager-search";
import { UsagerListFilters } from "@/components/usagers/usager-list-filters";
import { UsagerTable, type UsagerTableRow } from "@/components/usagers/usager-table";
import { PeriodFilterNotes } from "@/components/usagers/period-filter-notes";
import { usagerFilterChips } from "@/components/usagers/usager-filter-chips";
import { hrefWithout } from "@/components/forms/filter-chips";
import { ListKeyboard } from "@/components/data-table/list-keyboard";
import { listStructureSites } from "@/lib/domain/shared/structure-sites";

export const metadata: Metadata = { title: "Usagers" };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// Filters, sort and page come from the URL, so a list can be shared as a link. The searched name
// does not: it arrives sealed (`recherche`, decision 0064), readable only by this user's session.
export default async function UsagersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser();
  // A role that cannot list usagers must not learn that the page exists.
  if (!canListUsagers(actor)) notFound();
  const raw = await searchParams;
  // An older link (or a bookmark) with the name in clear: sealed at once, so the name leaves the
  // address bar and the history (the browser keeps only where it was sent).
  const legacyQ = first(raw.q)?.trim();
  if (legacyQ) {
    const filters = Object.fromEntries(USAGER_URL_KEYS.map((k) => [k, first(raw[k]) ?? ""]));
    redirect(usagerListHref(filters, sealUsagerSearch(actor.id, legacyQ.slice(0, 100))));
  }
  const token = first(raw.recherche);
  const opened = token ? openUsagerSearch(actor.id, token) : "";
  const params = parseUsagerListParams({ ...raw, q: opened ?? "" });
  const referent = effectiveReferent(actor, params.referent, params.q !== "");
  const [list, referents, quartiers, sites] = await Promise.all([
    listUsagers(actor, { ...params, referent }), listReferentOptions(actor), listQuartiers(actor), listStructureSites(actor),
  ]);
  // Client components receive JSON: dates travel as ISO strings.
  const rows: UsagerTableRow[] = list.rows.map((row) => ({
    ...row,
    dateNaissance: row.dateNaissance ? row.dateNaissance.toISOString() : null,
    lastContactAt: row.lastContactAt?.toISOString() ?? null,
  }));
  const current = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (k !== "q" && first(v)) current.set(k, first(v)!);
  const referentNames = referents.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }));
  const chips = usagerFilterChips({ ...params, referent: referent === actor.id ? "" : params.referent }, current, { referents: referentNames, sites });
  // The switch "Mes dossiers / Toute la structure": each side is the shortest URL giving it.
  const mineByDefault = ownCaseloadByDefault(actor) && params.q === "";
  const scope = {
    mine: referent === actor.id,
    all: referent === "",
    mineHref: mineByDefault ? hrefWithout("/usagers", current, ["referent"]) : withParam(current, "referent", actor.id),
    allHref: mineByDefault ? withParam(current, "referent", "tous") : hrefWithout("/usagers", current, ["referent"]),
  };
  const hidden = Object.fromEntries(
    USAGER_URL_KEYS.filter((k) => ["creeDu", "creeAu", "actifDu", "actifAu", "ageAu", "tri", "ordre", "taille"].includes(k) && current.get(k)).map((k) => [k, current.get(k)!]),
  );
  return (
    <div className="work-surface">
      <div className="work-surface__head">
        <h1>Usagers</h1>
        <p className="muted work-surface__count">
          {list.total} dossier{list.total > 1 ? "s" : ""}
          {scope.mine ? " dont vous êtes référent" : ""}
        </p>
        <Link className="btn btn--small" href="/usagers/nouveau">Nouveau dossier</Link>
        {canExportDossiersForImport(actor) ? (
          // To edit the dossiers in Excel and import them again (/parametres/import).
          <a className="btn btn--small btn--secondary" href="/api/import/export?format=xlsx">Exporter (.xlsx, format d&apos;import)</a>
        ) : null}
      </div>
      {token && opened === null ? (
        <p className="alert alert--info work-surface__notice" role="status">
          Cette recherche a expiré ou a été ouverte par une autre session : saisissez à nouveau le nom cherché.
        </p>
      ) : null}
      <UsagerListFilters
        actorId={actor.id}
        referents={referentNames}
        quartiers={quartiers}
        sites={sites}
        chips={chips}
        scope={scope}
        hidden={hidden}
        values={{
          q: params.q,
          referent: referent === "" ? "tous" : referent,
          quartier: params.quartier,
          statut: params.statut,
          sansContact: String(params.sansContact),
          accompagnement: params.accompagnement,
          site: params.site,
          tranche: params.tranche,
          menage: params.menage,
        }}
      />
      <PeriodFilterNotes params={params} current={current} />
      <UsagerTable
        rows={rows}
        total={list.total}
        page={list.page}
        pageSize={list.pageSize}
        q={params.q}
        tri={params.tri}
        ordre={params.ordre}
        today={parisToday()}
      />
      <ListKeyboard searchId="usager-q" />
    </div>
  );
}

function withParam(current: URLSearchParams, key: string, value: string): string {
  const next = new URLSearchParams(current);
  next.delete("page");
  next.set(key, value);
  return `/usagers?${next}`;
}
