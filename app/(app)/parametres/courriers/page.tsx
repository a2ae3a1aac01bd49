import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canEditLetterhead } from "@/lib/auth/permissions";
import { getLetterheadForm } from "@/lib/domain/courriers/letterhead-commands";
import { listTemplates } from "@/lib/domain/courriers/template-queries";
import { libreOfficeAvailable } from "@/lib/domain/courriers/pdf-convert";
import { BUILTIN_KEYS, BUILTIN_LETTERS, SOURCE_LABELS } from "@/lib/domain/courriers/labels";
import { readNotice } from "@/lib/security/signed-notice";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { LetterheadForm } from "@/components/courriers/letterhead-form";
import { LogoUploadForm } from "@/components/courriers/template-upload-form";
import { RemoveLogoButton } from "@/components/courriers/modele-archive-button";
import { TemplatesTable } from "@/components/courriers/templates-table";
import styles from "@/components/courriers/courriers.module.css";

export const metadata: Metadata = { title: "Courriers" };

export default async function CourriersSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireUser();
  if (!canEditLetterhead(actor)) notFound();
  const { erreur, logo: logoSaved } = await searchParams;
  const [head, templates, pdf] = await Promise.all([getLetterheadForm(actor), listTemplates(actor), libreOfficeAvailable()]);
  return (
    <>
      <p><Link href="/parametres">← Paramètres</Link></p>
      <PageHeader title="Courriers" description="L'en-tête de tous les courriers, les courriers intégrés et les modèles de la structure." />
      <section className="card" aria-labelledby="entete">
        <h2 id="entete">En-tête et signataire</h2>
        {head.configured ? null : <p className="muted">Pas encore enregistré : les courriers portent le nom et l&apos;adresse de la structure et sont signés par la personne qui les génère.</p>}
        <LetterheadForm initial={head.values} />
      </section>
      <section className="card" aria-labelledby="logo">
        <h2 id="logo">Logo</h2>
        {logoSaved ? <Alert tone="success">Logo enregistré : il figure désormais sur les courriers.</Alert> : null}
        {head.logo ? (
          <>
            {/* A data: URL of the structure's own logo: nothing to optimise or to load from elsewhere. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img className={styles.logo} src={head.logo} alt="Logo actuel des courriers" />
            <RemoveLogoButton />
          </>
        ) : <p className="muted">Aucun logo.</p>}
        <LogoUploadForm notice={readNotice(erreur)} />
      </section>
      <section className="card" aria-labelledby="modeles">
        <h2 id="modeles">Modèles de la structure</h2>
        <p>
          Déposez vos propres modèles au format Word (.docx), avec des balises comme <code>{"{usager.nomComplet}"}</code> : ils sont proposés sur les dossiers, aides,
          rendez-vous… selon leur type.{" "}
          {pdf ? "LibreOffice est installé sur le serveur : ils sont produits en DOCX et en PDF." : "LibreOffice n'est pas installé sur le serveur : ils sont produits en DOCX seulement (les courriers intégrés restent en PDF et en DOCX)."}
        </p>
        <p><Link className="btn" href="/parametres/courriers/nouveau">Déposer un modèle</Link></p>
        <TemplatesTable rows={templates} />
      </section>
      <section className="card" aria-labelledby="integres">
        <h2 id="integres">Courriers intégrés</h2>
        <p>Prêts à l&apos;emploi, en PDF et en DOCX modifiable, avec l&apos;en-tête ci-dessus. Les décisions comportent leur motivation et les voies et délais de recours.</p>
        <ul>{BUILTIN_KEYS.map((k) => <li key={k}>{BUILTIN_LETTERS[k].titre} <span className="muted">· depuis : {SOURCE_LABELS[BUILTIN_LETTERS[k].source]}</span></li>)}</ul>
      </section>
    </>
  );
}
