// The dossier's chronological history: the dossier's own lines and those of every part of the
// registry (parts.ts). Each source reads through the actor's scope itself. Reads are not events.
import type { Actor } from "@/lib/auth/actor";
import type { TimelineEvent, TimelinePart } from "@/lib/domain/shared/dossier-part";
import { structureUserNames } from "@/lib/domain/shared/user-names";
import { dossierTimelineEvents } from "@/lib/domain/usagers/timeline-source";
import { DOSSIER_PARTS } from "./parts";

const TIMELINE_PARTS: TimelinePart[] = DOSSIER_PARTS.flatMap((p) => (p.timeline ? [p.timeline] : []));

/** The history filter: its keys (in the URL) and French labels, in the registry's order. */
export const TIMELINE_KINDS: Readonly<Record<string, string>> = Object.freeze({
  dossier: "Dossier",
  ...Object.fromEntries(TIMELINE_PARTS.map((t) => [t.kind, t.label])),
});
export type TimelineKind = string;

/** The whole history of a dossier, newest first, optionally one kind only; [] outside the actor's scope. */
export async function getUsagerTimeline(actor: Actor, usagerId: string, kind?: TimelineKind): Promise<TimelineEvent[]> {
  // Who did what is read once, for every source (the dossier's own lines included).
  const names = await structureUserNames(actor);
  const own = await dossierTimelineEvents(actor, usagerId, names);
  if (own.length === 0) return [];
  const lists = await Promise.all(TIMELINE_PARTS.filter((t) => !kind || t.kind === kind).map((t) => t.events(actor, usagerId, names)));
  const all = [...(!kind || kind === "dossier" ? own : []), ...lists.flat()];
  return all.sort((a, b) => b.at.getTime() - a.at.getTime());
}
