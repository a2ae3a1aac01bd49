// The quick jump to a dossier (Ctrl+K): the search of the /usagers table (name without accents or
// small typos, or numéro de dossier), every status, the best matches first. Identity only: name,
// numéro, year of birth, status; opening the dossier is what gets audited.
import type { Actor } from "@/lib/auth/actor";
import { canListUsagers } from "@/lib/auth/permissions";
import { listUsagers } from "@/lib/domain/usagers/list";
import { ZUsagerListParams } from "@/lib/domain/usagers/list-params";
import type { QuickJumpInput } from "./schemas";

export const QUICK_JUMP_LIMIT = 8;

export type QuickJumpResult = { id: string; numeroDossier: string; label: string; detail: string };

const STATUS = { ACTIF: "", INACTIF: " · inactif", ARCHIVE: " · archivé" } as const;

export async function searchDossiersToOpen(actor: Actor, { q }: QuickJumpInput): Promise<QuickJumpResult[]> {
  if (!canListUsagers(actor)) return [];
  const page = await listUsagers(actor, ZUsagerListParams.parse({ q, statut: "tous", referent: "", taille: 25 }));
  return page.rows.slice(0, QUICK_JUMP_LIMIT).map((r) => ({
    id: r.id,
    numeroDossier: r.numeroDossier,
    label: `${r.nom.toLocaleUpperCase("fr-FR")} ${r.prenom}`,
    detail: `n° ${r.numeroDossier}${r.dateNaissance ? ` · né·e en ${r.dateNaissance.getUTCFullYear()}` : ""}${STATUS[r.status]}`,
  }));
}
