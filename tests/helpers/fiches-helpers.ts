// Shared set-up of the fiche de liaison tests: a valid form, a fiche sent at a chosen time, and a
// checksum of every table a fiche command may write.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { sendFiche } from "@/lib/domain/fiches/send";
import { EMPTY_FICHE_FORM, ZFicheSend, type FicheSendInput } from "@/lib/domain/fiches/schemas";

export const ficheForm = (patch: Partial<FicheSendInput> = {}): FicheSendInput => ({
  ...EMPTY_FICHE_FORM, nom: "Lefèvre", prenom: "François", dateNaissance: "1978-04-12", telephone: "06 12 34 56 78",
  disponibilites: "Le matin", adresse: "12 rue Pierre Legrand", quartier: "Fives", motifs: ["LOGEMENT", "BUDGET_DETTES"],
  motifPrecision: "Courrier de l'huissier reçu", urgence: "PRIORITAIRE", consentement: true, ...patch,
});

export async function sentFiche(agent: Actor, patch: Partial<FicheSendInput> = {}, now = new Date()) {
  return sendFiche(agent, ZFicheSend.parse(ficheForm(patch)), now);
}

export async function ficheChecksum() {
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(`SELECT md5(
    coalesce((SELECT string_agg(f::text, '' ORDER BY f.id) FROM "FicheLiaison" f), '') ||
    coalesce((SELECT string_agg(e::text, '' ORDER BY e.id) FROM "FicheEvent" e), '') ||
    coalesce((SELECT string_agg(c::text, '' ORDER BY c."structureId", c.year) FROM "FicheCounter" c), '') ||
    coalesce((SELECT string_agg(u::text, '' ORDER BY u.id) FROM "Usager" u), '') ||
    coalesce((SELECT string_agg(r::text, '' ORDER BY r."usagerId", r."userId") FROM "UsagerReferent" r), '') ||
    coalesce((SELECT string_agg(a::text, '' ORDER BY a.id) FROM "AuditLog" a), '')) AS s`);
  return rows[0]!.s;
}

export const EVALUATION_FIELDS = ["evaluationNotes", "droitsNonOuverts", "evaluatedAt", "evaluatedById", "usagerId", "usager", "assigneeId", "assignee", "events"];
