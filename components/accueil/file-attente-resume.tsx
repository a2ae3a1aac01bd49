import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { getQueueSummary } from "@/lib/domain/accueil/queue-queries";
import { Badge } from "@/components/ui/badge";
import { waited } from "./queue-table";

/**
 * For the home page ("Ma journée"): each desk site with a walk-in permanence today, how many
 * people wait and the longest wait, linking to the queue. Nothing when the actor keeps no desk or
 * no permanence is held today.
 */
export async function FileAttenteResume({ actor }: { actor: Actor }) {
  const sites = await getQueueSummary(actor);
  if (sites.length === 0) return null;
  return (
    <section className="card" aria-labelledby="file-attente-resume">
      <h2 id="file-attente-resume">File d&apos;attente</h2>
      <ul className="list-plain">
        {sites.map((s) => (
          <li key={s.siteId}>
            <Link href={`/file-attente?site=${s.siteId}`}>{s.site}</Link> <Badge tone={s.openNow ? "success" : undefined}>{s.openNow ? "ouverte" : "fermée"}</Badge>
            {" "}— {s.waiting === 0 ? "personne n'attend" : `${s.waiting} personne${s.waiting > 1 ? "s" : ""} en attente, la première depuis ${waited(s.longestWaitMinutes)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
