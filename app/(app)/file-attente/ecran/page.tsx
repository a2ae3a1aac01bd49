import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canUseAccueil } from "@/lib/auth/permissions";
import { listDeskSites, pickDeskSite } from "@/lib/domain/accueil/passage-queries";
import { getQueueTickets } from "@/lib/domain/accueil/queue-queries";
import { LiveRefresh } from "@/components/accueil/live-refresh";
import { WaitingRoomScreen } from "@/components/accueil/waiting-room-screen";

export const metadata: Metadata = { title: "Salle d'attente" };

// The optional screen of the waiting room, opened by the desk's account: ticket numbers only,
// never a name or a motif (the room is public).
export default async function EcranPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canUseAccueil(actor)) notFound();
  const { site: asked } = await searchParams;
  const site = pickDeskSite(await listDeskSites(actor), typeof asked === "string" ? asked : undefined, actor.siteId);
  if (!site) notFound();
  const tickets = await getQueueTickets(actor, site.id);
  return (
    <>
      <LiveRefresh seconds={10} />
      <WaitingRoomScreen site={site.name} {...tickets} />
    </>
  );
}
