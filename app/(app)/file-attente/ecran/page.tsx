import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canUseAccueil } from "@/lib/auth/permissions";
import { getDesk, type SearchParams } from "@/lib/domain/accueil/desk";
import { getQueueTickets } from "@/lib/domain/accueil/queue-queries";
import { LiveRefresh } from "@/components/accueil/live-refresh";
import { WaitingRoomScreen } from "@/components/accueil/waiting-room-screen";

export const metadata: Metadata = { title: "Salle d'attente" };

// The optional screen of the waiting room, opened by the desk's account: ticket numbers only,
// never a name or a motif (the room is public).
export default async function EcranPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  if (!canUseAccueil(actor)) notFound();
  const desk = await getDesk(actor, await searchParams);
  if (!desk) notFound();
  const { site } = desk;
  const tickets = await getQueueTickets(actor, site.id);
  return (
    <>
      <LiveRefresh seconds={10} />
      <WaitingRoomScreen site={site.name} {...tickets} />
    </>
  );
}
