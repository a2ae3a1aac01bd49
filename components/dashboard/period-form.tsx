import { PERIOD_PRESETS, type DashboardParams } from "@/lib/domain/dashboard/period";

/**
 * Period and site, as a plain GET form: the choice lands in the URL (shareable, back button),
 * and it works without JavaScript. The custom dates are used when "Personnalisée" is chosen.
 */
export function PeriodForm({ params, sites }: { params: DashboardParams; sites: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/tableau-de-bord" className="filters" aria-label="Période et site">
      <div className="field">
        <label htmlFor="periode">Période</label>
        <select id="periode" name="periode" defaultValue={params.periode}>
          {Object.entries(PERIOD_PRESETS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="du">Du</label>
        <span className="hint" id="du-hint">Pour une période personnalisée</span>
        <input id="du" name="du" type="date" defaultValue={params.du} aria-describedby="du-hint" />
      </div>
      <div className="field">
        <label htmlFor="au">Au</label>
        <input id="au" name="au" type="date" defaultValue={params.au} />
      </div>
      <div className="field">
        <label htmlFor="site">Site</label>
        <select id="site" name="site" defaultValue={params.site}>
          <option value="">Tous les sites</option>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="btn">Afficher</button>
      </div>
    </form>
  );
}
