// The one page without sign-in: a citizen reports a person sleeping rough to the structure's
// maraude. It reads the structure's public settings only, never a report (issue 22).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { publicPageByCode } from "@/lib/domain/signalements/public-page";
import { issueFormToken } from "@/lib/domain/signalements/form-token";
import { EmergencyNotice } from "@/components/signalements/emergency-notice";
import { DataProtectionNotice } from "@/components/signalements/data-protection-notice";
import { SignalementPublicForm } from "@/components/signalements/signalement-public-form";
import styles from "@/components/signalements/public.module.css";

export const metadata: Metadata = { title: "Signaler une personne sans abri" };

export default async function SignalerPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const page = await publicPageByCode(code);
  if (!page) notFound();
  return (
    <main className={styles.page} id="contenu">
      <EmergencyNotice />
      <h1>Signaler une personne sans abri</h1>
      <p>
        Vous avez croisé une personne qui dort dehors et qui semble avoir besoin d&apos;aide ? Dites-le à l&apos;équipe de
        maraude de <strong>{page.structureName}</strong> : elle essaiera d&apos;aller à sa rencontre. Vous n&apos;avez pas besoin de compte.
      </p>
      <SignalementPublicForm structureId={page.structureId} jeton={issueFormToken(page.structureId)} communes={page.communes} quartiers={page.quartiers} />
      <DataProtectionNotice structureName={page.structureName} months={page.conservationMois} />
    </main>
  );
}
