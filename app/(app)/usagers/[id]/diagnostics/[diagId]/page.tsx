import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { getDiagnostic } from "@/lib/domain/diagnostics/queries";
import { formatCalendarDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { DiagnosticView } from "@/components/diagnostics/diagnostic-view";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Diagnostic") };
}

export default async function DiagnosticPage({ params }: { params: Promise<{ id: string; diagId: string }> }) {
  const actor = await requireUser();
  const { id, diagId } = await params;
  const dossier = await getUsagerDossier(actor, id);
  if (!dossier) notFound();
  const diagnostic = await getDiagnostic(actor, id, diagId);
  if (!diagnostic) notFound();
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader
        title={`Diagnostic social n° ${diagnostic.numero} du ${formatCalendarDate(diagnostic.date)}`}
        description={`${dossier.prenom} ${dossier.nom.toUpperCase()}${diagnostic.author ? ` · réalisé par ${diagnostic.author}` : ""}`}
      />
      <section className="card"><DiagnosticView diagnostic={diagnostic} /></section>
    </>
  );
}
