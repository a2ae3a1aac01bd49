import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canManageMaraude, canUseMaraudeInbox } from "@/lib/auth/permissions";
import { listSignalements, parseInboxParams, type InboxFilter } from "@/lib/domain/signalements/queries";
import { listHref } from "@/lib/domain/shared/list-href";
import { formatCalendarDate } from "@/lib/format";
import { SIGNALEMENT_STATUSES, SIGNALEMENT_STATUS_LABELS } from "@/lib/domain/signalements/labels";
import { PageHeader } from "@/components/ui/page-header";
import { InboxTable } from "@/components/signalements/inbox-table";

export const metadata: Metadata = { title: "Maraude" };

const FILTERS: { value: InboxFilter; label: string }[] = [
  { value: "OUVERTS", label: "En cours" },
  ...SIGNALEMENT_STATUSES.map((s) => ({ value: s, label: SIGNALEMENT_STATUS_LABELS[s] })),
  { value: "TOUS", label: "Tous" },
];

// The maraude inbox: the team the RESPONSABLE designates, and the RESPONSABLE; a 404 for anyone else.
export default async function MaraudePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canUseMaraudeInbox(actor)) notFound();
  const params = parseInboxParams(await searchParams);
  const rows = await listSignalements(actor, params);
  const day = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`));
  const period = params.du || params.au ? `Reçus${params.du ? ` à partir du ${day(params.du)}` : ""}${params.au ? ` jusqu'au ${day(params.au)}` : ""}.` : null;
  return (
    <>
      <PageHeader
        title="Maraude : signalements reçus"
        description="Les signalements de personnes sans abri envoyés depuis la page publique de votre structure."
        actions={canManageMaraude(actor) ? <Link className="btn btn--secondary" href="/maraude/equipe">Équipe et page publique</Link> : null}
      />
      <nav aria-label="Filtrer par statut">
        <ul className="kind-filter" style={{ listStyle: "none", padding: 0 }}>
          {FILTERS.map((f) => (
            <li key={f.value}>
              <Link className="btn btn--secondary btn--small" href={listHref("/maraude", { statut: f.value === "OUVERTS" ? null : f.value, du: params.du, au: params.au })} aria-current={f.value === params.statut ? "true" : undefined}>{f.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {period ? <p>{period} <Link href={listHref("/maraude", { statut: params.statut === "OUVERTS" ? null : params.statut })}>Toutes les dates</Link></p> : null}
      <InboxTable rows={rows} />
    </>
  );
}
