// The fields a template may use, with an example each, for one kind of record (or all kinds):
// shown next to the upload form and on each template's page.
import { FIELD_CATALOGUE, fieldsFor, type FieldEntry } from "@/lib/domain/courriers/fields";
import { SOURCE_LABELS, type CourrierSource } from "@/lib/domain/courriers/labels";
import styles from "./courriers.module.css";

function Row({ f }: { f: FieldEntry }) {
  const tag = f.kind === "liste" ? `{#${f.tag}} … {/${f.tag}}` : f.kind === "condition" ? `{#${f.tag}} … {/${f.tag}}` : `{${f.tag}}`;
  return (
    <tr>
      <td><code>{tag}</code></td>
      <td>{f.label}{f.sources ? <span className="muted"> · {f.sources.map((s) => SOURCE_LABELS[s]).join(", ")}</span> : null}</td>
      <td>{f.kind === "liste" ? (
        <ul>{f.items!.map((i) => <li key={i.tag}><code>{`{${i.tag}}`}</code> : {i.label} (ex. {i.exemple})</li>)}</ul>
      ) : f.exemple}</td>
    </tr>
  );
}

export function FieldCatalogue({ source }: { source?: CourrierSource }) {
  const fields = source ? fieldsFor(source) : FIELD_CATALOGUE;
  return (
    <details className={styles.fields}>
      <summary>Champs disponibles{source ? ` pour un modèle « ${SOURCE_LABELS[source]} »` : ""} ({fields.length})</summary>
      <p>
        Écrivez une balise entre accolades là où la valeur doit apparaître, par exemple <code>{"{usager.nomComplet}"}</code>.
        Pour répéter une partie pour chaque membre du foyer : <code>{"{#foyer}{prenom} {nom}, {age}{/foyer}"}</code>.
        Pour n&apos;écrire un passage que dans un cas : <code>{"{#aide.refusee}…{/aide.refusee}"}</code>, et dans le cas contraire <code>{"{^aide.refusee}…{/aide.refusee}"}</code>.
        Dates au format jj/mm/aaaa et montants en euros sont déjà mis en forme.
      </p>
      <div className="table-wrap">
        <table className="table">
          <thead><tr><th scope="col">Balise</th><th scope="col">Contenu</th><th scope="col">Exemple</th></tr></thead>
          <tbody>{fields.map((f) => <Row key={f.tag} f={f} />)}</tbody>
        </table>
      </div>
    </details>
  );
}
