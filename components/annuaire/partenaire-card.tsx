import Link from "next/link";
import { CATEGORIE_LABELS, formatAdresse, formatPermanence } from "@/lib/domain/annuaire/labels";
import type { PartenaireRow } from "@/lib/domain/annuaire/queries";
import { Badge } from "@/components/ui/badge";

/** A partner as the directory shows it: how to reach it, when, and where its permanences are. */
/** On its own page (link=false) the card is titled "Coordonnées": the page title already names it. */
export function PartenaireCard({ partenaire: p, link = true }: { partenaire: PartenaireRow; link?: boolean }) {
  const adresse = formatAdresse(p);
  return (
    <article className="card" aria-labelledby={`partenaire-${p.id}`}>
      <h2 id={`partenaire-${p.id}`} style={{ marginTop: 0 }}>
        {link ? <Link href={`/annuaire/${p.id}`}>{p.nom}</Link> : "Coordonnées"}
      </h2>
      <p style={{ margin: "0 0 .5rem" }}>
        <Badge tone="info">{CATEGORIE_LABELS[p.categorie]}</Badge>
        {p.actif ? null : <> <Badge tone="warning">Désactivé</Badge></>}
        {p.organisme ? <span className="muted"> · {p.organisme}</span> : null}
      </p>
      {/* minmax(0, 1fr) and anywhere: long e-mails and addresses wrap inside narrow cards. */}
      <dl className="facts" style={{ gridTemplateColumns: "max-content minmax(0, 1fr)", overflowWrap: "anywhere" }}>
        {adresse ? <><dt>Adresse</dt><dd>{adresse}</dd></> : null}
        {p.telephone ? <><dt>Téléphone</dt><dd><a href={`tel:${p.telephone.replace(/\s/g, "")}`}>{p.telephone}</a></dd></> : null}
        {p.email ? <><dt>E-mail</dt><dd><a href={`mailto:${p.email}`}>{p.email}</a></dd></> : null}
        {p.horaires ? <><dt>Horaires</dt><dd className="pre">{p.horaires}</dd></> : null}
        {p.siteWeb ? <><dt>Site internet</dt><dd><a href={p.siteWeb} rel="noopener noreferrer" target="_blank">{p.siteWeb}</a></dd></> : null}
        {p.permanences.length > 0 ? (
          <>
            <dt>Permanences</dt>
            <dd>
              <ul style={{ margin: 0, paddingLeft: "1.1rem" }}>
                {p.permanences.map((perm) => <li key={perm.id}>{formatPermanence(perm)}</li>)}
              </ul>
            </dd>
          </>
        ) : null}
        {p.notes ? <><dt>À savoir</dt><dd className="pre">{p.notes}</dd></> : null}
      </dl>
    </article>
  );
}
