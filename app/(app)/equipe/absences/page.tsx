import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listTeamAbsences, listTeamMembers } from "@/lib/domain/absences/queries";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { AbsenceForm } from "@/components/absences/absence-form";
import { AbsenceList } from "@/components/absences/absence-list";

export const metadata: Metadata = { title: "Absences de l'équipe" };
export const dynamic = "force-dynamic";

// The RESPONSABLE records an absence for a member of the team and sees who is away.
export default async function TeamAbsencesPage() {
  const actor = await requireUser();
  const absences = await listTeamAbsences(actor);
  if (!absences) notFound();
  const members = await listTeamMembers(actor);
  return (
    <>
      <p><Link href="/a-faire">← À faire</Link></p>
      <PageHeader title="Absences de l'équipe" description="Qui est absent, jusqu'à quand, et qui le remplace." />
      <section className="card" aria-labelledby="absences-equipe">
        <h2 id="absences-equipe">Absences en cours et à venir ({absences.length})</h2>
        <AbsenceList absences={absences} empty="Aucune absence en cours ou à venir." showAbsent canCancel />
      </section>
      <section className="card" aria-labelledby="nouvelle-absence">
        <h2 id="nouvelle-absence">Enregistrer une absence</h2>
        <AbsenceForm colleagues={members} members={members} today={parisToday()} actorId={actor.id} />
      </section>
    </>
  );
}
