// What app/(app)/usagers/[id]/page.tsx and its cards read for one request, in the page's order
// and waves (the title, the dossier, the page's Promise.all, then the cards rendered together).
// The session check and the header are counted by request-chrome-statements.test.ts. A card
// added to the page adds its loader here.
import type { Actor } from "@/lib/auth/actor";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { getUsagerTimeline } from "@/lib/domain/dossier/timeline";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { getRavSettings } from "@/lib/domain/settings/structure-settings";
import { listEntretiens } from "@/lib/domain/entretiens/queries";
import { listDiagnostics } from "@/lib/domain/diagnostics/queries";
import { getDossierSummary } from "@/lib/domain/dossier/summary";
import { listTransmissions } from "@/lib/domain/transmissions/queries";
import { listMentionableColleagues } from "@/lib/domain/transmissions/mentionable";
import { listAssignableColleagues, listDossierTaches } from "@/lib/domain/taches/queries";
import { listAccompagnementsForUsager } from "@/lib/domain/accompagnements/queries";
import { listUsagerRendezVous } from "@/lib/domain/agenda/queries";
import { listAidesForUsager } from "@/lib/domain/aides/queries";
import { listOrientationsForUsager } from "@/lib/domain/orientations/queries";
import { listDocuments } from "@/lib/domain/documents/queries";
import { getCourrierCard } from "@/lib/domain/courriers/queries";
import { listDomiciliationsForUsager } from "@/lib/domain/domiciliation/queries";
import { listAteliersForUsager } from "@/lib/domain/ateliers/queries";
import { dossierPageTitle } from "@/lib/domain/usagers/dossier";

export async function loadDossierPageForTest(actor: Actor, id: string) {
  const title = await dossierPageTitle(actor, id);
  const dossier = await getUsagerDossier(actor, id);
  const page = await Promise.all([
    getUsagerTimeline(actor, id), listReferentOptions(actor), getRavSettings(actor),
    listEntretiens(actor, id), listDiagnostics(actor, id), getDossierSummary(actor, id),
  ]);
  const cards = await Promise.all([
    listTransmissions(actor, id, {}), listMentionableColleagues(actor),
    listDossierTaches(actor, id), listAssignableColleagues(actor),
    listAccompagnementsForUsager(actor, id), listUsagerRendezVous(actor, id), listAidesForUsager(actor, id),
    listOrientationsForUsager(actor, id), listDocuments(actor, { usagerId: id }), getCourrierCard(actor, "DOSSIER", id),
    listDomiciliationsForUsager(actor, id), listAteliersForUsager(actor, id),
  ]);
  return { title, dossier, page, cards };
}

