-- CreateEnum
CREATE TYPE "AtelierTheme" AS ENUM ('PARENTALITE', 'SANTE', 'BUDGET', 'ECO_GESTES', 'NUMERIQUE', 'EMPLOI', 'LOGEMENT', 'ALIMENTATION', 'MOBILITE', 'LIEN_SOCIAL', 'AUTRE');

-- CreateEnum
CREATE TYPE "AtelierStatus" AS ENUM ('PLANIFIE', 'REALISE', 'ANNULE');

-- CreateEnum
CREATE TYPE "AtelierInscriptionStatus" AS ENUM ('INSCRIT', 'ATTENTE', 'DESINSCRIT');

-- CreateEnum
CREATE TYPE "AtelierPresence" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSE');

-- CreateTable
CREATE TABLE "Atelier" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "titre" TEXT NOT NULL,
    "theme" "AtelierTheme" NOT NULL,
    "debut" TIMESTAMP(3) NOT NULL,
    "dureeMinutes" INTEGER NOT NULL,
    "siteId" UUID,
    "adresse" TEXT,
    "capacite" INTEGER NOT NULL,
    "listeAttente" BOOLEAN NOT NULL DEFAULT true,
    "animateurId" UUID NOT NULL,
    "partenaireId" UUID,
    "description" TEXT,
    "status" "AtelierStatus" NOT NULL DEFAULT 'PLANIFIE',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Atelier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AtelierInscription" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "status" "AtelierInscriptionStatus" NOT NULL DEFAULT 'INSCRIT',
    "presence" "AtelierPresence",
    "inscritLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AtelierInscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Atelier_structureId_debut_idx" ON "Atelier"("structureId", "debut");

-- CreateIndex
CREATE INDEX "Atelier_animateurId_debut_idx" ON "Atelier"("animateurId", "debut");

-- CreateIndex
CREATE INDEX "AtelierInscription_usagerId_idx" ON "AtelierInscription"("usagerId");

-- CreateIndex
CREATE INDEX "AtelierInscription_structureId_idx" ON "AtelierInscription"("structureId");

-- CreateIndex
CREATE UNIQUE INDEX "AtelierInscription_atelierId_usagerId_key" ON "AtelierInscription"("atelierId", "usagerId");

-- AddForeignKey
ALTER TABLE "Atelier" ADD CONSTRAINT "Atelier_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Atelier" ADD CONSTRAINT "Atelier_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Atelier" ADD CONSTRAINT "Atelier_animateurId_fkey" FOREIGN KEY ("animateurId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Atelier" ADD CONSTRAINT "Atelier_partenaireId_fkey" FOREIGN KEY ("partenaireId") REFERENCES "Partenaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AtelierInscription" ADD CONSTRAINT "AtelierInscription_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "Atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AtelierInscription" ADD CONSTRAINT "AtelierInscription_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

