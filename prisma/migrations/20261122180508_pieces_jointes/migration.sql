-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('JUSTIFICATIF_RESSOURCES', 'JUSTIFICATIF_DOMICILE', 'JUSTIFICATIF_IDENTITE', 'COURRIER', 'JUGEMENT', 'AUTRE');

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "accompagnementId" UUID,
    "aideId" UUID,
    "orientationId" UUID,
    "type" "DocumentType" NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "confidential" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "deletedById" UUID,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrientationDocument" (
    "orientationId" UUID NOT NULL,
    "documentId" UUID NOT NULL,

    CONSTRAINT "OrientationDocument_pkey" PRIMARY KEY ("orientationId","documentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_usagerId_deletedAt_idx" ON "Document"("usagerId", "deletedAt");

-- CreateIndex
CREATE INDEX "Document_structureId_deletedAt_idx" ON "Document"("structureId", "deletedAt");

-- CreateIndex
CREATE INDEX "OrientationDocument_documentId_idx" ON "OrientationDocument"("documentId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_aideId_fkey" FOREIGN KEY ("aideId") REFERENCES "Aide"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_orientationId_fkey" FOREIGN KEY ("orientationId") REFERENCES "Orientation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrientationDocument" ADD CONSTRAINT "OrientationDocument_orientationId_fkey" FOREIGN KEY ("orientationId") REFERENCES "Orientation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrientationDocument" ADD CONSTRAINT "OrientationDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

