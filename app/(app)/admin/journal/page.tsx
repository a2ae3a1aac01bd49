import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canReadAccountEventsOnly, canReadAuditAction, canReadAuditLog, canReadWholeAuditLog } from "@/lib/auth/permissions";
import { ZJournalParams, listJournal } from "@/lib/domain/audit/journal";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditActionLabel } from "@/lib/domain/audit/labels";
import { listUsers } from "@/lib/domain/users/queries";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { JournalFilters } from "@/components/audit/journal-filters";

export const metadata: Metadata = { title: "Journal des accès" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireUser();
  if (!canReadAuditLog(actor)) notFound();
  const raw = await searchParams;
  const params = ZJournalParams.parse({ utilisateur: raw.utilisateur ?? "", dossier: raw.dossier ?? "", action: raw.action ?? "", du: raw.du ?? "", au: raw.au ?? "", page: raw.page ?? 1 });
  const [journal, people] = await Promise.all([
    listJournal(actor, params),
    canReadAccountEventsOnly(actor) ? listUsers(actor) : listReferentOptions(actor),
  ]);
  const pages = Math.max(1, Math.ceil(journal.total / journal.pageSize));
  const href = (page: number) => `/admin/journal?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v !== "" && v !== 1).map(([k, v]) => [k, String(v)])), page: String(page) })}`;
  const actions = Object.entries(AUDIT_ACTION_LABELS).filter(([code]) => canReadAuditAction(actor, code));
  return (
    <>
      <PageHeader
        title="Journal des accès et des actions"
        description={canReadAccountEventsOnly(actor) ? "Événements des comptes de votre structure (connexions, blocages, gestion des comptes)." : "Qui a consulté ou modifié quoi, quand et depuis quelle adresse. Le journal ne peut être ni modifié ni effacé ; seule la purge planifiée supprime les entrées plus anciennes que la durée de conservation."}
        actions={<Link className="btn btn--secondary btn--small" href="/admin/taches">Tâches planifiées</Link>}
      />
      <JournalFilters params={params} users={people.map((u) => ({ id: u.id, label: `${u.lastName} ${u.firstName}` }))} actions={actions} showDossier={canReadWholeAuditLog(actor)} />
      <p role="status">{journal.total} événement{journal.total > 1 ? "s" : ""}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Journal</caption>
          <thead><tr><th scope="col">Date</th><th scope="col">Utilisateur</th><th scope="col">Action</th><th scope="col">Objet</th><th scope="col">Adresse IP</th></tr></thead>
          <tbody>
            {journal.rows.length === 0 ? <tr><td colSpan={5}>Aucun événement pour ces critères.</td></tr> : journal.rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.at)}</td>
                <td>{r.actor ?? "—"}</td>
                <td>{auditActionLabel(r.action)}</td>
                <td>{r.targetId ? <Link href={`/admin/journal?dossier=${r.targetId}`}>{r.target}</Link> : (AUDIT_ENTITY_LABELS[r.entityType] ?? r.entityType)}</td>
                <td>{r.ip ?? "inconnue"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pagination" aria-label="Pages du journal">
        {params.page > 1 ? <Link className="btn btn--secondary btn--small" href={href(params.page - 1)}>Page précédente</Link> : null}
        <span>Page {params.page} sur {pages}</span>
        {params.page < pages ? <Link className="btn btn--secondary btn--small" href={href(params.page + 1)}>Page suivante</Link> : null}
      </nav>
    </>
  );
}
