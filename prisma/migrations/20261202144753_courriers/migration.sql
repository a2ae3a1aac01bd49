-- CreateEnum
CREATE TYPE "CourrierSource" AS ENUM ('DOSSIER', 'AIDE', 'RENDEZ_VOUS', 'ORIENTATION', 'DOMICILIATION', 'DETTE');

-- CreateEnum
CREATE TYPE "CourrierEnvoiMode" AS ENUM ('REMIS_EN_MAIN_PROPRE', 'POSTE', 'EMAIL');

-- CreateTable
CREATE TABLE "CourrierEnTete" (
    "structureId" UUID NOT NULL,
    "nom" TEXT NOT NULL,
    "adresse" TEXT NOT NULL,
    "codePostal" TEXT NOT NULL,
    "commune" TEXT NOT NULL,
    "telephone" TEXT,
    "email" TEXT,
    "signataireNom" TEXT,
    "signataireFonction" TEXT,
    "tribunalAdministratif" TEXT,
    "reglementAides" TEXT,
    "logo" BYTEA,
    "logoMime" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "CourrierEnTete_pkey" PRIMARY KEY ("structureId")
);

-- CreateTable
CREATE TABLE "CourrierModele" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "nom" TEXT NOT NULL,
    "description" TEXT,
    "source" "CourrierSource" NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourrierModele_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourrierModeleVersion" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "modeleId" UUID NOT NULL,
    "numero" INTEGER NOT NULL,
    "fichier" BYTEA NOT NULL,
    "nomFichier" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "balises" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,

    CONSTRAINT "CourrierModeleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Courrier" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "source" "CourrierSource" NOT NULL,
    "sourceId" UUID NOT NULL,
    "modeleInterne" TEXT,
    "modeleVersionId" UUID,
    "titre" TEXT NOT NULL,
    "destinataire" TEXT,
    "destinataireAdresse" TEXT,
    "objet" TEXT,
    "message" TEXT,
    "piecesAApporter" TEXT,
    "pdfDocumentId" UUID,
    "docxDocumentId" UUID,
    "pdfIndisponible" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,

    CONSTRAINT "Courrier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourrierEnvoi" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "courrierId" UUID NOT NULL,
    "mode" "CourrierEnvoiMode" NOT NULL,
    "le" DATE NOT NULL,
    "recommande" BOOLEAN NOT NULL DEFAULT false,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,

    CONSTRAINT "CourrierEnvoi_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CourrierModele_structureId_source_archivedAt_idx" ON "CourrierModele"("structureId", "source", "archivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CourrierModele_structureId_nom_key" ON "CourrierModele"("structureId", "nom");

-- CreateIndex
CREATE UNIQUE INDEX "CourrierModeleVersion_modeleId_numero_key" ON "CourrierModeleVersion"("modeleId", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "Courrier_pdfDocumentId_key" ON "Courrier"("pdfDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "Courrier_docxDocumentId_key" ON "Courrier"("docxDocumentId");

-- CreateIndex
CREATE INDEX "Courrier_usagerId_createdAt_idx" ON "Courrier"("usagerId", "createdAt");

-- CreateIndex
CREATE INDEX "Courrier_structureId_source_sourceId_idx" ON "Courrier"("structureId", "source", "sourceId");

-- CreateIndex
CREATE INDEX "CourrierEnvoi_courrierId_createdAt_idx" ON "CourrierEnvoi"("courrierId", "createdAt");

-- AddForeignKey
ALTER TABLE "CourrierModeleVersion" ADD CONSTRAINT "CourrierModeleVersion_modeleId_fkey" FOREIGN KEY ("modeleId") REFERENCES "CourrierModele"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Courrier" ADD CONSTRAINT "Courrier_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Courrier" ADD CONSTRAINT "Courrier_modeleVersionId_fkey" FOREIGN KEY ("modeleVersionId") REFERENCES "CourrierModeleVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Courrier" ADD CONSTRAINT "Courrier_pdfDocumentId_fkey" FOREIGN KEY ("pdfDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Courrier" ADD CONSTRAINT "Courrier_docxDocumentId_fkey" FOREIGN KEY ("docxDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourrierEnvoi" ADD CONSTRAINT "CourrierEnvoi_courrierId_fkey" FOREIGN KEY ("courrierId") REFERENCES "Courrier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

