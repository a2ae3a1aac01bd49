import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canViewJobRuns } from "@/lib/auth/permissions";
import { listJobRuns } from "@/lib/domain/jobs/history";
import { JOB_OUTCOME_LABELS, JOB_OUTCOME_TONES, summaryLabel } from "@/lib/domain/jobs/labels";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Tâches planifiées" };
export const dynamic = "force-dynamic";

export default async function JobRunsPage() {
  const actor = await requireUser();
  if (!canViewJobRuns(actor)) notFound();
  const { jobs, history } = await listJobRuns(actor);
  return (
    <>
      <PageHeader title="Tâches planifiées" description="Purges et conservation des données, exécutées par l'application elle-même (heure de Paris). Une seule instance exécute chaque échéance." />
      <section className="card" aria-labelledby="taches">
        <h2 id="taches">Tâches</h2>
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Tâches planifiées et prochaine exécution</caption>
            <thead><tr><th scope="col">Tâche</th><th scope="col">Rôle</th><th scope="col">Prochaine exécution</th></tr></thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.name}><th scope="row">{j.name}</th><td>{j.description}</td><td>{formatDateTime(j.prochaine)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="historique">
        <h2 id="historique">Historique (100 dernières exécutions)</h2>
        {history.length === 0 ? <p>Aucune exécution enregistrée pour l&apos;instant.</p> : (
          <div className="table-wrap">
            <table className="table">
              <caption className="sr-only">Historique des exécutions</caption>
              <thead><tr><th scope="col">Tâche</th><th scope="col">Échéance</th><th scope="col">Début</th><th scope="col">Fin</th><th scope="col">Résultat</th><th scope="col">Pour votre structure</th></tr></thead>
              <tbody>
                {history.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.jobName}</th>
                    <td>{formatDateTime(r.scheduledFor)}</td>
                    <td>{formatDateTime(r.startedAt)}</td>
                    <td>{formatDateTime(r.finishedAt)}</td>
                    <td>
                      <Badge tone={JOB_OUTCOME_TONES[r.outcome]}>{JOB_OUTCOME_LABELS[r.outcome]}</Badge>
                      {r.error ? <div className="muted">{r.error}</div> : null}
                    </td>
                    <td>{r.resume.length ? r.resume.map(([k, v]) => `${v} ${summaryLabel(k)}`).join(", ") : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
