-- CreateEnum
CREATE TYPE "PassageMotif" AS ENUM ('ACCES_AUX_DROITS', 'DOMICILIATION_COURRIER', 'AIDE_FINANCIERE', 'LOGEMENT', 'SANTE', 'INFORMATION', 'AUTRE');

-- CreateEnum
CREATE TYPE "PassageReponse" AS ENUM ('INFORMATION', 'ORIENTATION_PARTENAIRE', 'RENDEZ_VOUS', 'VU_PAR_TS', 'COURRIER_REMIS');

-- CreateEnum
CREATE TYPE "PassageSexe" AS ENUM ('FEMME', 'HOMME', 'AUTRE');

-- CreateEnum
CREATE TYPE "TrancheAge" AS ENUM ('MOINS_18', 'DE_18_A_25', 'DE_26_A_59', 'PLUS_DE_60');

-- CreateEnum
CREATE TYPE "FileAttenteStatus" AS ENUM ('EN_ATTENTE', 'PRIS_EN_CHARGE', 'PARTI', 'REORIENTE');

-- AlterEnum
ALTER TYPE "EntretienCanal" ADD VALUE 'PERMANENCE';

-- AlterTable
ALTER TABLE "Permanence" ADD COLUMN     "sansRendezVous" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Passage" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "usagerId" UUID,
    "prenom" TEXT,
    "sexe" "PassageSexe",
    "trancheAge" "TrancheAge",
    "motifs" "PassageMotif"[],
    "reponse" "PassageReponse" NOT NULL,
    "partenaireId" UUID,
    "survenuLe" TIMESTAMP(3) NOT NULL,
    "enregistreParId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileAttenteEntree" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "jour" DATE NOT NULL,
    "ticket" INTEGER NOT NULL,
    "usagerId" UUID,
    "prenom" TEXT,
    "motif" "PassageMotif" NOT NULL,
    "status" "FileAttenteStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "arriveeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ajouteParId" UUID NOT NULL,
    "sortieLe" TIMESTAMP(3),
    "traiteParId" UUID,
    "orientationPrecision" TEXT,

    CONSTRAINT "FileAttenteEntree_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Passage_structureId_survenuLe_idx" ON "Passage"("structureId", "survenuLe");

-- CreateIndex
CREATE INDEX "Passage_siteId_survenuLe_idx" ON "Passage"("siteId", "survenuLe");

-- CreateIndex
CREATE INDEX "Passage_usagerId_idx" ON "Passage"("usagerId");

-- CreateIndex
CREATE INDEX "FileAttenteEntree_structureId_jour_idx" ON "FileAttenteEntree"("structureId", "jour");

-- CreateIndex
CREATE UNIQUE INDEX "FileAttenteEntree_siteId_jour_ticket_key" ON "FileAttenteEntree"("siteId", "jour", "ticket");

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_partenaireId_fkey" FOREIGN KEY ("partenaireId") REFERENCES "Partenaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_enregistreParId_fkey" FOREIGN KEY ("enregistreParId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileAttenteEntree" ADD CONSTRAINT "FileAttenteEntree_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileAttenteEntree" ADD CONSTRAINT "FileAttenteEntree_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileAttenteEntree" ADD CONSTRAINT "FileAttenteEntree_ajouteParId_fkey" FOREIGN KEY ("ajouteParId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileAttenteEntree" ADD CONSTRAINT "FileAttenteEntree_traiteParId_fkey" FOREIGN KEY ("traiteParId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

