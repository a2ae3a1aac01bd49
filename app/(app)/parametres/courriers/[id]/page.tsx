import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getTemplate } from "@/lib/domain/courriers/template-queries";
import { libreOfficeAvailable } from "@/lib/domain/courriers/pdf-convert";
import { SOURCE_LABELS } from "@/lib/domain/courriers/labels";
import { formatBytes } from "@/lib/domain/documents/labels";
import { formatDateTime } from "@/lib/format";
import { readNotice } from "@/lib/security/signed-notice";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { TemplateUploadForm } from "@/components/courriers/template-upload-form";
import { FieldCatalogue } from "@/components/courriers/field-catalogue";
import { ModeleArchiveButton } from "@/components/courriers/modele-archive-button";
import { TemplatePreview } from "@/components/courriers/template-preview";

export const metadata: Metadata = { title: "Modèle de courrier" };

export default async function TemplatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireUser();
  const { id } = await params;
  const modele = await getTemplate(actor, id);
  if (!modele) notFound();
  const { erreur, version, dossier, element } = await searchParams;
  const current = modele.versions[0];
  const archived = modele.archivedAt !== null;
  return (
    <>
      <p><Link href="/parametres/courriers">← Courriers</Link></p>
      <PageHeader
        title={modele.nom}
        description={<>Se génère depuis : {SOURCE_LABELS[modele.source]} · {archived ? <Badge>Archivé</Badge> : <Badge tone="success">Actif</Badge>}</>}
        actions={<ModeleArchiveButton id={modele.id} archived={archived} />}
      />
      {version && current && String(current.numero) === version ? <Alert tone="success">{`Version ${version} déposée : elle sert désormais à générer les courriers.`}</Alert> : null}
      {modele.description ? <p>{modele.description}</p> : null}
      <TemplatePreview actor={actor} modeleId={modele.id} source={modele.source} dossier={dossier} element={element} pdfAvailable={await libreOfficeAvailable()} />
      <section className="card" aria-labelledby="versions">
        <h2 id="versions">Versions</h2>
        <p className="muted">La version la plus récente sert à générer les courriers ; chaque courrier garde la version dont il est issu.</p>
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th scope="col">Version</th><th scope="col">Fichier</th><th scope="col">Déposée</th><th scope="col" className="num">Courriers</th></tr></thead>
            <tbody>
              {modele.versions.map((v) => (
                <tr key={v.id}>
                  <td>{v.numero}</td>
                  <td><a href={`/api/courriers/versions/${v.id}`}>{v.nomFichier}</a> <span className="muted">({formatBytes(v.taille)})</span></td>
                  <td>{formatDateTime(v.createdAt)}{v.by ? ` par ${v.by}` : ""}</td>
                  <td className="num">{v.courriers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {current ? <p className="muted">Balises de la version {current.numero} : {current.balises.map((b) => `{${b}}`).join(" ")}</p> : null}
      </section>
      {archived ? <Alert tone="info">Ce modèle est archivé : restaurez-le pour en déposer une nouvelle version.</Alert> : (
        <section className="card" aria-labelledby="nouvelle-version">
          <h2 id="nouvelle-version">Déposer une nouvelle version</h2>
          <TemplateUploadForm modeleId={modele.id} notice={readNotice(erreur)} />
        </section>
      )}
      <section className="card"><FieldCatalogue source={modele.source} /></section>
    </>
  );
}
