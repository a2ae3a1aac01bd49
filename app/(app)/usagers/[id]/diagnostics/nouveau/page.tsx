import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listDiagnostics } from "@/lib/domain/diagnostics/queries";
import { DOMAINES, emptyDiagnosticDomaines } from "@/lib/domain/diagnostics/schemas";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { DiagnosticForm } from "@/components/diagnostics/diagnostic-form";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";
import { getOwnDraft } from "@/lib/domain/drafts/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await dossierPageTitle(await requireUser(), (await params).id, "Nouveau diagnostic") };
}

export default async function NewDiagnosticPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const { id } = await params;
  const dossier = await getUsagerDossier(actor, id, { audit: false });
  if (!dossier || dossier.status === "ARCHIVE") notFound();
  const [[latest], draft] = await Promise.all([listDiagnostics(actor, id), getOwnDraft(actor, id, "diagnostic")]);
  // A new version starts from the latest one: the worker updates what changed.
  const domaines = latest
    ? DOMAINES.map((domaine) => {
        const d = latest.domaines.find((x) => x.domaine === domaine);
        return d ? { domaine, situation: d.situation, besoins: d.besoins, priorite: d.priorite } : { domaine, situation: "", besoins: "", priorite: "AUCUNE" as const };
      })
    : emptyDiagnosticDomaines();
  return (
    <>
      <p><Link href={`/usagers/${id}`}>← Retour au dossier</Link></p>
      <PageHeader
        title={latest ? `Diagnostic social n° ${latest.numero + 1}` : "Diagnostic social"}
        description={`${dossier.prenom} ${dossier.nom.toUpperCase()}${latest ? " · prérempli avec le diagnostic précédent, qui reste consultable" : ""}`}
      />
      <DiagnosticForm
        draft={draft ? { values: draft.values, updatedAt: draft.updatedAt.toISOString() } : null}
        defaults={{
          usagerId: id, date: parisToday(), domaines, droitsNonOuverts: latest?.droitsNonOuverts ?? [],
          conclusion: latest?.conclusion ?? "", propositions: latest?.propositions ?? [],
        }}
      />
    </>
  );
}
