// Every generated download (exports, courriers, notices) counts against its user's limit: a
// stolen session or a runaway script cannot pull the whole caseload out in minutes.
import type { Actor } from "@/lib/auth/actor";
import { hitRateLimit, type RateVerdict } from "./counter";
import { DOWNLOADS_PER_USER } from "./policies";

export function consumeDownload(actor: Pick<Actor, "id">, now = new Date()): Promise<RateVerdict> {
  return hitRateLimit(DOWNLOADS_PER_USER, actor.id, now);
}
