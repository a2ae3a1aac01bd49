-- CreateEnum
CREATE TYPE "EntretienCanal" AS ENUM ('BUREAU', 'VISITE_A_DOMICILE', 'TELEPHONE', 'PERMANENCE_MAIRIE', 'COURRIER_EMAIL', 'VISIO');

-- CreateEnum
CREATE TYPE "DomaineSocial" AS ENUM ('ACCES_AUX_DROITS', 'BUDGET', 'LOGEMENT', 'SANTE', 'EMPLOI_INSERTION', 'FAMILLE_PARENTALITE', 'MOBILITE', 'ISOLEMENT');

-- CreateEnum
CREATE TYPE "Priorite" AS ENUM ('AUCUNE', 'FAIBLE', 'MOYENNE', 'HAUTE');

-- CreateEnum
CREATE TYPE "PropositionDiagnostic" AS ENUM ('AIDE_PONCTUELLE', 'ACCOMPAGNEMENT', 'ORIENTATION');

-- CreateEnum
CREATE TYPE "AccompagnementType" AS ENUM ('INDIVIDUEL', 'BUDGETAIRE', 'LOGEMENT', 'ERRANCE');

-- CreateEnum
CREATE TYPE "AccompagnementStatus" AS ENUM ('PROPOSE', 'EN_COURS', 'SUSPENDU', 'CLOS');

-- CreateEnum
CREATE TYPE "DossierSurendettement" AS ENUM ('AUCUN', 'EN_PREPARATION', 'DEPOSE', 'RECEVABLE', 'PLAN_CONVENTIONNEL', 'MESURES_IMPOSEES', 'RETABLISSEMENT_PERSONNEL', 'IRRECEVABLE');

-- CreateEnum
CREATE TYPE "StadeExpulsion" AS ENUM ('COMMANDEMENT_DE_PAYER', 'ASSIGNATION', 'JUGEMENT', 'COMMANDEMENT_DE_QUITTER', 'CONCOURS_FORCE_PUBLIQUE');

-- CreateEnum
CREATE TYPE "PlanActionStatus" AS ENUM ('A_FAIRE', 'EN_COURS', 'FAITE', 'ABANDONNEE');

-- CreateEnum
CREATE TYPE "AideType" AS ENUM ('ALIMENTAIRE', 'ENERGIE', 'EAU', 'LOGEMENT', 'TRANSPORT', 'SANTE', 'SCOLARITE_ENFANCE', 'AUTRE');

-- CreateEnum
CREATE TYPE "AideStatus" AS ENUM ('DEMANDEE', 'EN_INSTRUCTION', 'ACCORDEE', 'REFUSEE', 'AJOURNEE', 'ABANDONNEE');

-- CreateEnum
CREATE TYPE "ModePaiement" AS ENUM ('VIREMENT', 'CHEQUE', 'BON_OU_CARTE', 'PAIEMENT_FOURNISSEUR');

-- CreateEnum
CREATE TYPE "FicheStatus" AS ENUM ('ENVOYEE', 'RECUE', 'EN_COURS', 'RDV_FIXE', 'REORIENTEE', 'CLOTUREE');

-- CreateEnum
CREATE TYPE "FicheUrgence" AS ENUM ('NORMALE', 'PRIORITAIRE', 'URGENTE');

-- CreateEnum
CREATE TYPE "FicheMotif" AS ENUM ('ACCES_AUX_DROITS', 'BUDGET_DETTES', 'LOGEMENT', 'SANTE', 'FAMILLE', 'EMPLOI', 'ISOLEMENT', 'AUTRE');

-- CreateEnum
CREATE TYPE "FicheCloture" AS ENUM ('CONTACT_IMPOSSIBLE', 'SITUATION_REGLEE', 'REFUS_PERSONNE');

-- CreateEnum
CREATE TYPE "RdvLieu" AS ENUM ('MAISON_DES_SOLIDARITES', 'MAIRIE_DE_QUARTIER', 'DOMICILE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "fichesVuesAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Entretien" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "accompagnementId" UUID,
    "date" TIMESTAMP(3) NOT NULL,
    "dureeMinutes" INTEGER NOT NULL,
    "canal" "EntretienCanal" NOT NULL,
    "objets" "DomaineSocial"[],
    "objetPrecision" TEXT,
    "resume" TEXT NOT NULL,
    "noteConfidentielle" TEXT,
    "suites" TEXT,
    "rappelLe" DATE,
    "rappelFait" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entretien_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Diagnostic" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "numero" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "droitsNonOuverts" "DroitOuvert"[],
    "conclusion" TEXT NOT NULL,
    "propositions" "PropositionDiagnostic"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Diagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticDomaine" (
    "id" UUID NOT NULL,
    "diagnosticId" UUID NOT NULL,
    "domaine" "DomaineSocial" NOT NULL,
    "situation" TEXT NOT NULL,
    "besoins" TEXT NOT NULL,
    "priorite" "Priorite" NOT NULL,

    CONSTRAINT "DiagnosticDomaine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Accompagnement" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "type" "AccompagnementType" NOT NULL,
    "referentId" UUID NOT NULL,
    "debut" DATE NOT NULL,
    "finPrevue" DATE,
    "status" "AccompagnementStatus" NOT NULL DEFAULT 'PROPOSE',
    "motifCloture" TEXT,
    "closAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "surendettement" "DossierSurendettement",
    "resteAVivreApresPlanCents" INTEGER,
    "impayesCents" INTEGER,
    "impayesMois" INTEGER,
    "numeroUnique" TEXT,
    "fslDossier" TEXT,
    "asll" BOOLEAN,
    "lieuVie" TEXT,
    "domiciliationOrganisme" TEXT,
    "domiciliationDebut" DATE,
    "domiciliationFin" DATE,
    "siaoDemandeLe" DATE,
    "siaoStatut" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Accompagnement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanObjectif" (
    "id" UUID NOT NULL,
    "accompagnementId" UUID NOT NULL,
    "libelle" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL,

    CONSTRAINT "PlanObjectif_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" UUID NOT NULL,
    "objectifId" UUID NOT NULL,
    "libelle" TEXT NOT NULL,
    "echeance" DATE,
    "porteur" TEXT NOT NULL,
    "status" "PlanActionStatus" NOT NULL DEFAULT 'A_FAIRE',

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dette" (
    "id" UUID NOT NULL,
    "accompagnementId" UUID NOT NULL,
    "creancier" TEXT NOT NULL,
    "montantCents" INTEGER NOT NULL,
    "mensualiteCents" INTEGER NOT NULL,

    CONSTRAINT "Dette_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EtapeExpulsion" (
    "id" UUID NOT NULL,
    "accompagnementId" UUID NOT NULL,
    "stade" "StadeExpulsion" NOT NULL,
    "date" DATE NOT NULL,

    CONSTRAINT "EtapeExpulsion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactMaraude" (
    "id" UUID NOT NULL,
    "accompagnementId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "lieu" TEXT NOT NULL,
    "observations" TEXT,

    CONSTRAINT "ContactMaraude_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Aide" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "accompagnementId" UUID,
    "instructeurId" UUID NOT NULL,
    "type" "AideType" NOT NULL,
    "objet" TEXT,
    "montantDemandeCents" INTEGER NOT NULL,
    "montantAccordeCents" INTEGER,
    "status" "AideStatus" NOT NULL DEFAULT 'DEMANDEE',
    "demandeLe" DATE NOT NULL,
    "commissionLe" DATE,
    "decisionLe" DATE,
    "motifRefus" TEXT,
    "modePaiement" "ModePaiement",
    "payeLe" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Aide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FicheLiaison" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "siteId" UUID NOT NULL,
    "agentId" UUID NOT NULL,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "dateNaissance" DATE,
    "telephone" TEXT,
    "email" TEXT,
    "disponibilites" TEXT,
    "adresse" TEXT,
    "quartier" TEXT,
    "motifs" "FicheMotif"[],
    "motifPrecision" TEXT,
    "urgence" "FicheUrgence" NOT NULL,
    "consentementTexte" TEXT NOT NULL,
    "status" "FicheStatus" NOT NULL DEFAULT 'ENVOYEE',
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recueAt" TIMESTAMP(3),
    "premierContactAt" TIMESTAMP(3),
    "rdvFixeAt" TIMESTAMP(3),
    "clotureAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "evaluationNotes" TEXT,
    "droitsNonOuverts" "DroitOuvert"[],
    "evaluatedAt" TIMESTAMP(3),
    "evaluatedById" UUID,
    "usagerId" UUID,
    "assigneeId" UUID,
    "rdvDate" TIMESTAMP(3),
    "rdvLieu" "RdvLieu",
    "rdvLieuPrecision" TEXT,
    "reorienteeVers" TEXT,
    "motifCloture" "FicheCloture",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FicheLiaison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FicheEvent" (
    "id" UUID NOT NULL,
    "ficheId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "status" "FicheStatus" NOT NULL,

    CONSTRAINT "FicheEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FicheCounter" (
    "structureId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "FicheCounter_pkey" PRIMARY KEY ("structureId","year")
);

-- CreateIndex
CREATE INDEX "Entretien_usagerId_date_idx" ON "Entretien"("usagerId", "date");

-- CreateIndex
CREATE INDEX "Entretien_structureId_date_idx" ON "Entretien"("structureId", "date");

-- CreateIndex
CREATE INDEX "Entretien_authorId_rappelLe_idx" ON "Entretien"("authorId", "rappelLe");

-- CreateIndex
CREATE INDEX "Entretien_accompagnementId_idx" ON "Entretien"("accompagnementId");

-- CreateIndex
CREATE UNIQUE INDEX "Diagnostic_usagerId_numero_key" ON "Diagnostic"("usagerId", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticDomaine_diagnosticId_domaine_key" ON "DiagnosticDomaine"("diagnosticId", "domaine");

-- CreateIndex
CREATE INDEX "Accompagnement_usagerId_idx" ON "Accompagnement"("usagerId");

-- CreateIndex
CREATE INDEX "Accompagnement_structureId_status_type_idx" ON "Accompagnement"("structureId", "status", "type");

-- CreateIndex
CREATE INDEX "Accompagnement_referentId_status_idx" ON "Accompagnement"("referentId", "status");

-- CreateIndex
CREATE INDEX "PlanObjectif_accompagnementId_idx" ON "PlanObjectif"("accompagnementId");

-- CreateIndex
CREATE INDEX "PlanAction_objectifId_idx" ON "PlanAction"("objectifId");

-- CreateIndex
CREATE INDEX "PlanAction_echeance_idx" ON "PlanAction"("echeance");

-- CreateIndex
CREATE INDEX "Dette_accompagnementId_idx" ON "Dette"("accompagnementId");

-- CreateIndex
CREATE INDEX "EtapeExpulsion_accompagnementId_idx" ON "EtapeExpulsion"("accompagnementId");

-- CreateIndex
CREATE INDEX "ContactMaraude_accompagnementId_idx" ON "ContactMaraude"("accompagnementId");

-- CreateIndex
CREATE INDEX "Aide_usagerId_idx" ON "Aide"("usagerId");

-- CreateIndex
CREATE INDEX "Aide_structureId_status_idx" ON "Aide"("structureId", "status");

-- CreateIndex
CREATE INDEX "Aide_structureId_demandeLe_idx" ON "Aide"("structureId", "demandeLe");

-- CreateIndex
CREATE INDEX "FicheLiaison_structureId_status_urgence_sentAt_idx" ON "FicheLiaison"("structureId", "status", "urgence", "sentAt");

-- CreateIndex
CREATE INDEX "FicheLiaison_siteId_statusChangedAt_idx" ON "FicheLiaison"("siteId", "statusChangedAt");

-- CreateIndex
CREATE INDEX "FicheLiaison_usagerId_idx" ON "FicheLiaison"("usagerId");

-- CreateIndex
CREATE UNIQUE INDEX "FicheLiaison_structureId_reference_key" ON "FicheLiaison"("structureId", "reference");

-- CreateIndex
CREATE INDEX "FicheEvent_ficheId_at_idx" ON "FicheEvent"("ficheId", "at");

-- AddForeignKey
ALTER TABLE "Entretien" ADD CONSTRAINT "Entretien_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entretien" ADD CONSTRAINT "Entretien_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticDomaine" ADD CONSTRAINT "DiagnosticDomaine_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accompagnement" ADD CONSTRAINT "Accompagnement_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanObjectif" ADD CONSTRAINT "PlanObjectif_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_objectifId_fkey" FOREIGN KEY ("objectifId") REFERENCES "PlanObjectif"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dette" ADD CONSTRAINT "Dette_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EtapeExpulsion" ADD CONSTRAINT "EtapeExpulsion_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMaraude" ADD CONSTRAINT "ContactMaraude_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aide" ADD CONSTRAINT "Aide_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Aide" ADD CONSTRAINT "Aide_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheLiaison" ADD CONSTRAINT "FicheLiaison_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheLiaison" ADD CONSTRAINT "FicheLiaison_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheLiaison" ADD CONSTRAINT "FicheLiaison_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FicheEvent" ADD CONSTRAINT "FicheEvent_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheLiaison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

