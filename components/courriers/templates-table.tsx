// The structure's templates on /parametres/courriers: name, kind of record, current version, status.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SOURCE_LABELS, type CourrierSource } from "@/lib/domain/courriers/labels";
import { formatDate } from "@/lib/format";

type Row = { id: string; nom: string; source: CourrierSource; description: string | null; archivedAt: Date | null; version: number; depuis: Date };

export function TemplatesTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <p className="muted">Aucun modèle déposé : les courriers intégrés restent disponibles.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Modèles de courrier de la structure</caption>
        <thead><tr><th scope="col">Modèle</th><th scope="col">Se génère depuis</th><th scope="col">Version</th><th scope="col">Statut</th></tr></thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td><Link href={`/parametres/courriers/${m.id}`}>{m.nom}</Link>{m.description ? <div className="muted">{m.description}</div> : null}</td>
              <td>{SOURCE_LABELS[m.source]}</td>
              <td>{m.version} (du {formatDate(m.depuis)})</td>
              <td>{m.archivedAt ? <Badge>Archivé</Badge> : <Badge tone="success">Actif</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
