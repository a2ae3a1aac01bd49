/** The yearly downloads (RESPONSABLE): rapport d'activité and the anonymised ABS export. */
export function YearExports({ years }: { years: number[] }) {
  return (
    <section className="card" aria-labelledby="exports-annuels">
      <h2 id="exports-annuels">Exports annuels</h2>
      <p className="muted">Le rapport d’activité reprend tous les tableaux pour l’année, pour l’ensemble puis pour chaque site. L’export pour l’analyse des besoins sociaux ne contient que des effectifs, sans nom ni montant ; tout effectif inférieur à 5 y est affiché « &lt; 5 ».</p>
      <form method="get" action="/api/tableau-de-bord/rapport" className="filters" aria-label="Rapport d'activité">
        <div className="field">
          <label htmlFor="annee-rapport">Année du rapport d&apos;activité</label>
          <select id="annee-rapport" name="annee" defaultValue={years[0]}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="actions"><button type="submit" className="btn btn--secondary">Télécharger le rapport d&apos;activité (XLSX)</button></div>
      </form>
      <form method="get" action="/api/tableau-de-bord/abs" className="filters" aria-label="Analyse des besoins sociaux">
        <div className="field">
          <label htmlFor="annee-abs">Année de l&apos;analyse des besoins sociaux</label>
          <select id="annee-abs" name="annee" defaultValue={years[0]}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="actions"><button type="submit" className="btn btn--secondary">Télécharger l&apos;export anonymisé (XLSX)</button></div>
      </form>
    </section>
  );
}
