// The dossier's own lines of its history: creation, edits, référents, status. They also tell the
// composition (lib/domain/dossier/timeline.ts) whether the actor may see the dossier at all.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { usagerScope } from "@/lib/auth/scopes/usager";
import type { TimelineEvent, UserNames } from "@/lib/domain/shared/dossier-part";
import { USAGER_STATUS_LABELS } from "./labels";

const FIELD_LABELS: Record<string, string> = {
  civilite: "civilité", nom: "nom", nomNaissance: "nom de naissance", prenom: "prénom", dateNaissance: "date de naissance",
  telephone: "téléphone", email: "adresse e-mail", adresse: "adresse", codePostal: "code postal", commune: "commune",
  quartier: "quartier", siteId: "site", situationFamiliale: "situation familiale", logementStatut: "logement",
  bailleur: "bailleur", mesureProtection: "mesure de protection", mesureOrganisme: "mandataire",
  droitsOuverts: "droits ouverts", informationDonneeLe: "information sur le traitement des données",
};

// The creation comes from the dossier row itself (dossiers imported or seeded have no audit row).
const TIMELINE_ACTIONS = ["usager.update", "usager.referent_add", "usager.referent_remove", "usager.status"];

/** Events of the dossier itself: creation, edits, référents, status; `name` is the composition's one lookup of who did what. */
export async function dossierTimelineEvents(actor: Actor, usagerId: string, name: UserNames): Promise<TimelineEvent[]> {
  const usager = await db.usager.findFirst({
    where: { AND: [usagerScope(actor), { id: usagerId }] },
    select: { id: true, createdAt: true, createdById: true, numeroDossier: true },
  });
  if (!usager) return [];
  const entries = await db.auditLog.findMany({
    where: { entityType: "Usager", entityId: usagerId, action: { in: TIMELINE_ACTIONS } },
    orderBy: { at: "desc" },
    take: 200,
  });
  const creation: TimelineEvent = {
    id: `creation-${usager.id}`, at: usager.createdAt, kind: "dossier", title: "Création du dossier",
    detail: `Dossier n° ${usager.numeroDossier}`, by: name(usager.createdById),
  };
  const events = entries.map((e): TimelineEvent => {
    const d = (e.details ?? {}) as Record<string, unknown>;
    const base = { id: String(e.id), at: e.at, kind: "dossier" as const, by: name(e.actorId) };
    switch (e.action) {
      case "usager.update": {
        const fields = Array.isArray(d.champs) ? d.champs.map((f) => FIELD_LABELS[String(f)] ?? String(f)) : [];
        return { ...base, title: "Dossier modifié", detail: fields.length ? `Champs : ${fields.join(", ")}` : "Foyer ou budget mis à jour" };
      }
      case "usager.referent_add":
        return { ...base, title: "Référent ajouté", detail: name(typeof d.referentId === "string" ? d.referentId : null) };
      case "usager.referent_remove":
        return { ...base, title: "Référent retiré", detail: name(typeof d.referentId === "string" ? d.referentId : null) };
      default: {
        const label = (s: unknown) => USAGER_STATUS_LABELS[s as keyof typeof USAGER_STATUS_LABELS] ?? String(s);
        return { ...base, title: "Statut du dossier modifié", detail: `${label(d.de)} → ${label(d.vers)}` };
      }
    }
  });
  return [...events, creation];
}
