-- CreateTable
CREATE TABLE "Transmission" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "entretienId" UUID,
    "aideId" UUID,
    "orientationId" UUID,
    "parentId" UUID,
    "authorId" UUID NOT NULL,
    "texte" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),

    CONSTRAINT "Transmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransmissionMention" (
    "transmissionId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "TransmissionMention_pkey" PRIMARY KEY ("transmissionId","userId")
);

-- CreateIndex
CREATE INDEX "Transmission_usagerId_createdAt_idx" ON "Transmission"("usagerId", "createdAt");

-- CreateIndex
CREATE INDEX "Transmission_structureId_createdAt_idx" ON "Transmission"("structureId", "createdAt");

-- CreateIndex
CREATE INDEX "Transmission_parentId_idx" ON "Transmission"("parentId");

-- CreateIndex
CREATE INDEX "TransmissionMention_userId_idx" ON "TransmissionMention"("userId");

-- AddForeignKey
ALTER TABLE "Transmission" ADD CONSTRAINT "Transmission_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transmission" ADD CONSTRAINT "Transmission_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Transmission"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransmissionMention" ADD CONSTRAINT "TransmissionMention_transmissionId_fkey" FOREIGN KEY ("transmissionId") REFERENCES "Transmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

