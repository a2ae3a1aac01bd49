// Which agenda to show: a plain GET form (works without JavaScript; the URL can be bookmarked).
type Option = { id: string; label: string };

export function AgendaFilters({ vue, date, ts, site, workers, sites }: { vue: string; date: string; ts: string; site: string; workers: Option[]; sites: Option[] }) {
  return (
    <form className="card filters" method="get" action="/agenda" aria-label="Choisir l'agenda">
      <div className="field">
        <label htmlFor="agenda-ts">Travailleur social</label>
        <select id="agenda-ts" name="ts" defaultValue={ts}>
          <option value="tous">Tous</option>
          {workers.map((w) => <option key={w.id} value={w.id}>{w.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="agenda-site">Site</label>
        <select id="agenda-site" name="site" defaultValue={site}>
          <option value="">Tous les sites</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="agenda-vue">Vue</label>
        <select id="agenda-vue" name="vue" defaultValue={vue}>
          <option value="semaine">Semaine</option>
          <option value="jour">Jour</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="agenda-date">Date</label>
        <input id="agenda-date" name="date" type="date" defaultValue={date} />
      </div>
      <div className="field">
        <button type="submit" className="btn btn--secondary">Afficher</button>
      </div>
    </form>
  );
}
