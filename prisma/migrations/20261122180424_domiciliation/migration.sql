-- CreateEnum
CREATE TYPE "DomiciliationStatus" AS ENUM ('DEMANDEE', 'ACCORDEE', 'REFUSEE', 'TERMINEE');

-- CreateEnum
CREATE TYPE "LienCommune" AS ENUM ('SEJOUR', 'ACTIVITE_PROFESSIONNELLE', 'SUIVI_SOCIAL_MEDICAL', 'LIENS_FAMILIAUX', 'ENFANTS_SCOLARISES', 'AUTRE');

-- CreateEnum
CREATE TYPE "MotifRefusDomiciliation" AS ENUM ('ABSENCE_LIEN_COMMUNE', 'DOSSIER_INCOMPLET', 'DOMICILE_STABLE', 'CAPACITE_ATTEINTE', 'AUTRE');

-- CreateEnum
CREATE TYPE "MotifFinDomiciliation" AS ENUM ('DEMANDE_PERSONNE', 'LOGEMENT_STABLE', 'ABSENCE_CONTACT', 'NON_RENOUVELEE', 'AUTRE');

-- CreateEnum
CREATE TYPE "ExpediteurCourrier" AS ENUM ('ADMINISTRATION', 'ORGANISME_SOCIAL', 'BANQUE_ASSURANCE', 'JUSTICE', 'EMPLOYEUR', 'PARTICULIER', 'AUTRE');

-- CreateEnum
CREATE TYPE "CourrierStatus" AS ENUM ('EN_ATTENTE', 'REMIS', 'RETOURNE');

-- AlterTable
ALTER TABLE "StructureSettings" ADD COLUMN     "courrierRetourJours" INTEGER NOT NULL DEFAULT 15;

-- CreateTable
CREATE TABLE "Domiciliation" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "accompagnementId" UUID,
    "entretienId" UUID,
    "demandeLe" DATE NOT NULL,
    "accuseReceptionLe" DATE NOT NULL,
    "liens" "LienCommune"[],
    "lienPrecision" TEXT,
    "membresCouverts" UUID[],
    "status" "DomiciliationStatus" NOT NULL DEFAULT 'DEMANDEE',
    "decisionLe" DATE,
    "decideurId" UUID,
    "debut" DATE,
    "finValidite" DATE,
    "motifRefus" "MotifRefusDomiciliation",
    "motifRefusTexte" TEXT,
    "renouvellements" INTEGER NOT NULL DEFAULT 0,
    "renouveleeLe" DATE,
    "dernierContactLe" TIMESTAMP(3),
    "finProposeeLe" TIMESTAMP(3),
    "finLe" DATE,
    "motifFin" "MotifFinDomiciliation",
    "finPrecision" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Domiciliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourrierDomiciliation" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "domiciliationId" UUID NOT NULL,
    "recuLe" DATE NOT NULL,
    "expediteurType" "ExpediteurCourrier" NOT NULL,
    "recommande" BOOLEAN NOT NULL DEFAULT false,
    "status" "CourrierStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "enregistreParId" UUID NOT NULL,
    "remisLe" TIMESTAMP(3),
    "remisParId" UUID,
    "signatureRecue" BOOLEAN NOT NULL DEFAULT false,
    "retourneLe" DATE,
    "retourneParId" UUID,
    "retourProposeLe" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourrierDomiciliation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Domiciliation_entretienId_key" ON "Domiciliation"("entretienId");

-- CreateIndex
CREATE INDEX "Domiciliation_usagerId_idx" ON "Domiciliation"("usagerId");

-- CreateIndex
CREATE INDEX "Domiciliation_structureId_status_idx" ON "Domiciliation"("structureId", "status");

-- CreateIndex
CREATE INDEX "Domiciliation_structureId_finValidite_idx" ON "Domiciliation"("structureId", "finValidite");

-- CreateIndex
CREATE INDEX "CourrierDomiciliation_domiciliationId_status_idx" ON "CourrierDomiciliation"("domiciliationId", "status");

-- CreateIndex
CREATE INDEX "CourrierDomiciliation_structureId_status_recuLe_idx" ON "CourrierDomiciliation"("structureId", "status", "recuLe");

-- AddForeignKey
ALTER TABLE "Domiciliation" ADD CONSTRAINT "Domiciliation_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domiciliation" ADD CONSTRAINT "Domiciliation_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domiciliation" ADD CONSTRAINT "Domiciliation_entretienId_fkey" FOREIGN KEY ("entretienId") REFERENCES "Entretien"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourrierDomiciliation" ADD CONSTRAINT "CourrierDomiciliation_domiciliationId_fkey" FOREIGN KEY ("domiciliationId") REFERENCES "Domiciliation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

