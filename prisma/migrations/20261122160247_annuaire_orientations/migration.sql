-- CreateEnum
CREATE TYPE "PartenaireCategorie" AS ENUM ('SERVICE_SOCIAL_DEPARTEMENT', 'PMI', 'PROTECTION_ENFANCE', 'INSERTION_EMPLOI', 'AUTONOMIE', 'LOGEMENT_HEBERGEMENT', 'SANTE', 'ACCES_AUX_DROITS', 'ASSOCIATION_CARITATIVE', 'AUTRE');

-- CreateEnum
CREATE TYPE "JourSemaine" AS ENUM ('LUNDI', 'MARDI', 'MERCREDI', 'JEUDI', 'VENDREDI', 'SAMEDI');

-- CreateEnum
CREATE TYPE "OrientationStatus" AS ENUM ('ENVOYEE', 'ACCUSEE', 'ACCEPTEE', 'REFUSEE', 'REALISEE', 'SANS_REPONSE');

-- CreateEnum
CREATE TYPE "OrientationUrgence" AS ENUM ('NORMALE', 'PRIORITAIRE', 'URGENTE');

-- CreateEnum
CREATE TYPE "ElementTransmis" AS ENUM ('IDENTITE_CONTACT', 'COMPOSITION_FOYER', 'RESSOURCES_CHARGES', 'LOGEMENT', 'DROITS_OUVERTS', 'MESURE_PROTECTION', 'SYNTHESE_DIAGNOSTIC');

-- CreateTable
CREATE TABLE "Partenaire" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "nom" TEXT NOT NULL,
    "organisme" TEXT,
    "categorie" "PartenaireCategorie" NOT NULL,
    "adresse" TEXT,
    "codePostal" TEXT,
    "commune" TEXT,
    "telephone" TEXT,
    "email" TEXT,
    "horaires" TEXT,
    "siteWeb" TEXT,
    "notes" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "searchText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partenaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartenairePermanence" (
    "id" UUID NOT NULL,
    "partenaireId" UUID NOT NULL,
    "jour" "JourSemaine" NOT NULL,
    "debut" TEXT NOT NULL,
    "fin" TEXT NOT NULL,
    "lieu" TEXT NOT NULL,
    "modalites" TEXT,

    CONSTRAINT "PartenairePermanence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Orientation" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "partenaireId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "motif" TEXT NOT NULL,
    "elementsTransmis" "ElementTransmis"[],
    "consentementLe" DATE NOT NULL,
    "date" DATE NOT NULL,
    "urgence" "OrientationUrgence" NOT NULL DEFAULT 'NORMALE',
    "status" "OrientationStatus" NOT NULL DEFAULT 'ENVOYEE',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accuseLe" DATE,
    "reponseLe" DATE,
    "motifRefus" TEXT,
    "realiseeLe" DATE,
    "relanceLe" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Orientation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrientationEvent" (
    "id" UUID NOT NULL,
    "orientationId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "status" "OrientationStatus" NOT NULL,
    "note" TEXT,

    CONSTRAINT "OrientationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Partenaire_structureId_categorie_idx" ON "Partenaire"("structureId", "categorie");

-- CreateIndex
CREATE INDEX "PartenairePermanence_partenaireId_idx" ON "PartenairePermanence"("partenaireId");

-- CreateIndex
CREATE INDEX "Orientation_usagerId_idx" ON "Orientation"("usagerId");

-- CreateIndex
CREATE INDEX "Orientation_structureId_status_date_idx" ON "Orientation"("structureId", "status", "date");

-- CreateIndex
CREATE INDEX "Orientation_partenaireId_idx" ON "Orientation"("partenaireId");

-- CreateIndex
CREATE INDEX "OrientationEvent_orientationId_at_idx" ON "OrientationEvent"("orientationId", "at");

-- AddForeignKey
ALTER TABLE "Partenaire" ADD CONSTRAINT "Partenaire_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartenairePermanence" ADD CONSTRAINT "PartenairePermanence_partenaireId_fkey" FOREIGN KEY ("partenaireId") REFERENCES "Partenaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Orientation" ADD CONSTRAINT "Orientation_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Orientation" ADD CONSTRAINT "Orientation_partenaireId_fkey" FOREIGN KEY ("partenaireId") REFERENCES "Partenaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrientationEvent" ADD CONSTRAINT "OrientationEvent_orientationId_fkey" FOREIGN KEY ("orientationId") REFERENCES "Orientation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

