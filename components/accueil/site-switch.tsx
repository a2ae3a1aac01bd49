/** The desk's site, when the actor keeps the accueil of several (a plain GET form). */
export function SiteSwitch({ action, sites, current }: { action: string; sites: { id: string; name: string }[]; current: string }) {
  if (sites.length < 2) return null;
  return (
    <form method="get" action={action} className="form form--inline">
      <div className="field">
        <label htmlFor="site">Site</label>
        <select id="site" name="site" defaultValue={current}>
          {sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="actions"><button type="submit" className="btn btn--secondary btn--small">Changer de site</button></div>
    </form>
  );
}
