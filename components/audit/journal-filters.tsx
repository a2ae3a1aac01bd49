// A plain GET form: the filters live in the URL, work without JavaScript and are shareable.
import Link from "next/link";
import type { JournalParams } from "@/lib/domain/journal/queries";

export function JournalFilters({ params, users, actions, showDossier }: {
  params: JournalParams; users: { id: string; label: string }[]; actions: [string, string][]; showDossier: boolean;
}) {
  return (
    <form className="card filters" method="get" action="/admin/journal" aria-label="Filtres du journal">
      <div className="field">
        <label htmlFor="j-utilisateur">Utilisateur</label>
        <select id="j-utilisateur" name="utilisateur" defaultValue={params.utilisateur}>
          <option value="">Tous</option>
          {users.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="j-action">Action</label>
        <select id="j-action" name="action" defaultValue={params.action}>
          <option value="">Toutes</option>
          {actions.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="j-du">Du</label>
        <input id="j-du" type="date" name="du" defaultValue={params.du} />
      </div>
      <div className="field">
        <label htmlFor="j-au">Au</label>
        <input id="j-au" type="date" name="au" defaultValue={params.au} />
      </div>
      {showDossier && params.dossier ? <input type="hidden" name="dossier" value={params.dossier} /> : null}
      <div className="actions">
        <button type="submit" className="btn btn--small">Filtrer</button>
        <Link className="btn btn--secondary btn--small" href="/admin/journal">Réinitialiser</Link>
      </div>
      {showDossier && params.dossier ? <p className="muted">Filtré sur un dossier. Retirez ce filtre avec « Réinitialiser ».</p> : null}
    </form>
  );
}
