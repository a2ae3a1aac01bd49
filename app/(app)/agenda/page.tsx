import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canViewAgenda } from "@/lib/auth/permissions";
import { getAgenda, listSites } from "@/lib/domain/agenda/queries";
import { addDays, safeDate } from "@/lib/domain/agenda/calendar";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { PageHeader } from "@/components/ui/page-header";
import { AgendaGrid } from "@/components/agenda/agenda-grid";
import { AgendaFilters } from "@/components/agenda/agenda-filters";

export const metadata: Metadata = { title: "Agenda" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function AgendaPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser();
  if (!canViewAgenda(actor)) notFound();
  const sp = await searchParams;
  const vue = one(sp.vue) === "jour" ? "jour" : "semaine";
  const date = safeDate(one(sp.date));
  const site = one(sp.site) ?? "";
  // By default a worker sees their own agenda; "tous" shows everyone's.
  const ts = one(sp.ts) ?? (site ? "tous" : actor.id);
  const [agenda, workers, sites] = await Promise.all([
    getAgenda(actor, { date, vue, travailleurId: ts === "tous" ? undefined : ts, siteId: site || undefined }),
    listReferentOptions(actor), listSites(actor),
  ]);
  if (!agenda) notFound();
  const step = vue === "jour" ? 1 : 7;
  const link = (d: string, v = vue) => `/agenda?${new URLSearchParams({ vue: v, date: d, ts, ...(site ? { site } : {}) })}`;
  return (
    <>
      <PageHeader
        title="Agenda"
        description="Rendez-vous et permanences, à l'heure de Paris."
        actions={(
          <>
            <Link className="btn" href={`/agenda/nouveau?date=${date}`}>Nouveau rendez-vous</Link>
            <Link className="btn btn--secondary" href="/agenda/permanences">Permanences</Link>
            <Link className="btn btn--secondary" href="/agenda/rendez-vous">Honorés, excusés, non venus</Link>
            <a className="btn btn--secondary" href="/api/agenda/ics" download>Mon agenda (.ics)</a>
            <Link className="btn btn--secondary" href="/compte#abonnement-agenda">S&apos;abonner depuis mon agenda</Link>
          </>
        )}
      />
      <AgendaFilters vue={vue} date={date} ts={ts} site={site}
        workers={workers.map((w) => ({ id: w.id, label: `${w.firstName} ${w.lastName}` }))}
        sites={sites.map((s) => ({ id: s.id, label: s.name }))} />
      <nav aria-label="Période" className="actions">
        <Link className="btn btn--secondary btn--small" href={link(addDays(date, -step))}>{vue === "jour" ? "← Jour précédent" : "← Semaine précédente"}</Link>
        <Link className="btn btn--secondary btn--small" href={link(safeDate(undefined))}>Aujourd&apos;hui</Link>
        <Link className="btn btn--secondary btn--small" href={link(addDays(date, step))}>{vue === "jour" ? "Jour suivant →" : "Semaine suivante →"}</Link>
        <Link className="btn btn--link btn--small" href={link(date, vue === "jour" ? "semaine" : "jour")}>{vue === "jour" ? "Voir la semaine" : "Voir ce jour seul"}</Link>
      </nav>
      <AgendaGrid dates={agenda.dates} rendezVous={agenda.rendezVous} permanences={agenda.permanences} showWorker={ts === "tous"} />
    </>
  );
}
