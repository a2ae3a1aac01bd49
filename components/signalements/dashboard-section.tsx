// The maraude's section of the dashboard (only for those who see the inbox).
import { formatDuration } from "@/lib/domain/fiches/delays";
import { signalementDashboardFigures, signalementDashboardTable } from "@/lib/domain/signalements/dashboard";
import { DashboardSection, FigureBlock } from "@/components/dashboard/section";
import type { SectionProps } from "@/components/dashboard/section-props";

export async function SignalementsSection({ actor, filter, links }: SectionProps) {
  const f = await signalementDashboardFigures(actor, filter);
  if (!f) return null;
  const delay = (ms: number | null) => (ms == null ? "—" : formatDuration(ms));
  return (
    <DashboardSection id="signalements" title="Maraude">
      <p>
        Délai entre le signalement et la première visite de l&apos;équipe, pour les {f.visites} signalement{f.visites > 1 ? "s" : ""} de la période déjà visité{f.visites > 1 ? "s" : ""} :
        médiane <strong>{delay(f.visiteMedian)}</strong>, 9<sup>e</sup> décile <strong>{delay(f.visiteP90)}</strong>. Les signalements n&apos;ont pas de site : le filtre par site ne s&apos;y applique pas.
      </p>
      <FigureBlock table={signalementDashboardTable(f, links)} exportQuery={null} />
    </DashboardSection>
  );
}
