// The registry of the person's dossier: one part per feature holding data about a person, in the
// order of the right-of-access document (the history filters and the anonymisation preview
// follow it too). A new feature writes lib/domain/<feature>/dossier-part.ts and adds it here;
// the composition (timeline.ts, anonymise.ts, person-export.ts) picks it up. A feature never
// imports lib/domain/dossier: the composition sits above the features.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { usagersDossierPart } from "@/lib/domain/usagers/dossier-part";
import { entretiensDossierPart } from "@/lib/domain/entretiens/dossier-part";
import { diagnosticsDossierPart } from "@/lib/domain/diagnostics/dossier-part";
import { accompagnementsDossierPart } from "@/lib/domain/accompagnements/dossier-part";
import { aidesDossierPart } from "@/lib/domain/aides/dossier-part";
import { fichesDossierPart } from "@/lib/domain/fiches/dossier-part";
import { orientationsDossierPart } from "@/lib/domain/orientations/dossier-part";
import { agendaDossierPart } from "@/lib/domain/agenda/dossier-part";
import { documentsDossierPart } from "@/lib/domain/documents/dossier-part";
import { ateliersDossierPart } from "@/lib/domain/ateliers/dossier-part";
import { domiciliationDossierPart } from "@/lib/domain/domiciliation/dossier-part";
import { courriersDossierPart } from "@/lib/domain/courriers/dossier-part";
import { transmissionsDossierPart } from "@/lib/domain/transmissions/dossier-part";
import { tachesDossierPart } from "@/lib/domain/taches/dossier-part";
import { accueilDossierPart } from "@/lib/domain/accueil/dossier-part";
import { signalementsDossierPart } from "@/lib/domain/signalements/dossier-part";
import { draftsDossierPart } from "@/lib/domain/drafts/dossier-part";

export const DOSSIER_PARTS: readonly DossierPart[] = [
  usagersDossierPart,
  entretiensDossierPart,
  diagnosticsDossierPart,
  accompagnementsDossierPart,
  aidesDossierPart,
  fichesDossierPart,
  orientationsDossierPart,
  agendaDossierPart,
  documentsDossierPart,
  ateliersDossierPart,
  domiciliationDossierPart,
  courriersDossierPart,
  transmissionsDossierPart,
  tachesDossierPart,
  accueilDossierPart,
  signalementsDossierPart,
  draftsDossierPart,
];
