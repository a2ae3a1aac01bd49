import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/actor";
import { canAssignOthers, canSendFiche } from "@/lib/auth/permissions";
import { getFicheForAgent, getFicheForCcas, type CcasFiche } from "@/lib/domain/fiches/queries";
import { allowedActions } from "@/lib/domain/fiches/status-machine";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { findLikelyDuplicates } from "@/lib/domain/usagers/duplicates";
import { listReferentOptions, listUsagers } from "@/lib/domain/usagers/list";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { FicheStatusBadge, UrgenceBadge } from "@/components/fiches/fiche-badges";
import { FicheAgentView } from "@/components/fiches/fiche-agent-view";
import { FicheDemandCard, FichePersonCard } from "@/components/fiches/fiche-person";
import { FicheDelaysCard, FicheHistoryCard } from "@/components/fiches/fiche-ccas-follow-up";
import { FicheCcasActions } from "@/components/fiches/fiche-ccas-actions";
import { FicheEvaluationCard } from "@/components/fiches/fiche-evaluation";
import { FicheDossierCard, type DossierChoice } from "@/components/fiches/fiche-dossier-card";
import { PermanenceBookingCard } from "@/components/agenda/permanence-booking-card";
import { birthDateText, type DateNaissancePrecision } from "@/lib/domain/usagers/labels";

export const metadata: Metadata = { title: "Fiche de liaison" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const choice = (u: { id: string; numeroDossier: string; nom: string; prenom: string; dateNaissance: Date | null; dateNaissancePrecision?: DateNaissancePrecision; quartier?: string | null }): DossierChoice => ({
  id: u.id, numeroDossier: u.numeroDossier,
  label: `${u.nom.toLocaleUpperCase("fr-FR")} ${u.prenom}, naissance : ${birthDateText(u.dateNaissance, u.dateNaissancePrecision ?? "EXACTE", formatCalendarDate)}${u.quartier ? ` · ${u.quartier}` : ""}`,
});

// One address, two views: the agent's (status and outcome only) or the CCAS's (everything).
export default async function FichePage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  if (canSendFiche(actor)) {
    const fiche = await getFicheForAgent(actor, id);
    if (!fiche) notFound();
    return (
      <>
        <p><Link href="/fiches-liaison">← Fiches de liaison du site</Link></p>
        <PageHeader title={`Fiche ${fiche.reference}`} description={<>{fiche.nom.toLocaleUpperCase("fr-FR")} {fiche.prenom} · <FicheStatusBadge status={fiche.status} /></>} />
        <FicheAgentView fiche={fiche} />
        {["ENVOYEE", "RECUE", "EN_COURS"].includes(fiche.status) && !fiche.rdvDate
          ? <PermanenceBookingCard actor={actor} ficheId={fiche.id} hasContact={!!(fiche.telephone || fiche.email)} /> : null}
      </>
    );
  }
  const fiche = await getFicheForCcas(actor, id);
  if (!fiche) notFound();
  const raw = (await searchParams).dossier;
  const search = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  return <CcasView actor={actor} fiche={fiche} search={search} />;
}

async function CcasView({ actor, fiche, search }: { actor: Actor; fiche: CcasFiche; search: string }) {
  const allowed = allowedActions(fiche.status);
  const canLink = allowed.includes("lier") && !fiche.usagerId;
  const [workers, duplicates, results] = await Promise.all([
    listReferentOptions(actor),
    canLink && fiche.dateNaissance ? findLikelyDuplicates(actor, { nom: fiche.nom, prenom: fiche.prenom, dateNaissance: iso(fiche.dateNaissance) }) : [],
    canLink && search ? listUsagers(actor, parseUsagerListParams({ q: search, statut: "tous", taille: "25" })).then((p) => p.rows) : null,
  ]);
  return (
    <>
      <p><Link href="/fiches-liaison">← Fiches de liaison</Link></p>
      <PageHeader
        title={`Fiche ${fiche.reference}`}
        description={<>{fiche.nom.toLocaleUpperCase("fr-FR")} {fiche.prenom} · <FicheStatusBadge status={fiche.status} /> · Urgence : <UrgenceBadge urgence={fiche.urgence} /></>}
      />
      <FicheCcasActions
        ficheId={fiche.id} allowed={allowed} today={parisToday()} actorId={actor.id}
        isResponsable={canAssignOthers(actor)} assigneeId={fiche.assigneeId}
        workers={workers.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))}
      />
      <div className="grid-2">
        <FichePersonCard fiche={fiche} />
        <FicheDemandCard fiche={fiche} />
      </div>
      <FicheDossierCard
        ficheId={fiche.id}
        linked={fiche.usager ? { id: fiche.usager.id, numeroDossier: fiche.usager.numeroDossier, label: `${fiche.usager.nom.toLocaleUpperCase("fr-FR")} ${fiche.usager.prenom}` } : null}
        canLink={canLink}
        duplicates={duplicates.map(choice)}
        search={search}
        results={results ? results.map(choice) : null}
        prefill={{
          nom: fiche.nom, prenom: fiche.prenom, dateNaissance: iso(fiche.dateNaissance), telephone: fiche.telephone ?? "",
          email: fiche.email ?? "", adresse: fiche.adresse ?? "", quartier: fiche.quartier ?? "",
        }}
      />
      <FicheEvaluationCard
        ficheId={fiche.id} canEvaluate={allowed.includes("evaluer")} notes={fiche.evaluationNotes} droits={fiche.droitsNonOuverts}
        evaluatedBy={fiche.evaluatedBy} evaluatedAt={fiche.evaluatedAt ? formatDateTime(fiche.evaluatedAt) : null}
      />
      <div className="grid-2">
        <FicheDelaysCard fiche={fiche} />
        <FicheHistoryCard fiche={fiche} />
      </div>
    </>
  );
}
