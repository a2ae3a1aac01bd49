import Link from "next/link";
import type { DossierIdentity } from "@/lib/domain/accueil/dossier-lookup";
import styles from "./desk.module.css";

/**
 * The usual search (name or numéro de dossier) as a plain GET form: works before hydration. A
 * result is chosen by a link that puts it in the address, so the form below names it.
 */
export function DossierSearch({ action, siteId, q, results, chosen, extra = {} }: {
  action: string; siteId: string; q: string; results: DossierIdentity[]; chosen: DossierIdentity | null; extra?: Record<string, string>;
}) {
  const href = (params: Record<string, string>) => `${action}?${new URLSearchParams({ site: siteId, ...extra, ...params })}`;
  if (chosen) {
    return <p className={styles.search}>Dossier choisi : <strong>{chosen.label}</strong> — <Link href={href({})}>Changer de personne</Link></p>;
  }
  return (
    <div className={styles.search}>
      <form method="get" action={action} className="form" role="search">
        <input type="hidden" name="site" value={siteId} />
        {Object.entries(extra).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <div className="field">
          <label htmlFor="q">La personne a un dossier : rechercher par nom ou numéro</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={100} autoComplete="off" />
        </div>
        <div className="actions"><button type="submit" className="btn btn--secondary btn--small">Rechercher</button></div>
      </form>
      {q ? (
        results.length === 0 ? <p>Aucun dossier ne correspond à « {q} » : saisissez le prénom ou les initiales ci-dessous.</p> : (
          <ul className="list-plain" aria-label="Dossiers trouvés">
            {results.map((r) => <li key={r.id}><Link href={href({ usager: r.id })}>{r.label}</Link></li>)}
          </ul>
        )
      ) : null}
    </div>
  );
}
