-- CreateEnum
CREATE TYPE "SignalementStatus" AS ENUM ('NOUVEAU', 'EQUIPE_ENVOYEE', 'RENCONTREE', 'NON_TROUVEE', 'LIE', 'CLOS');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "maraude" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StructureSettings" ADD COLUMN     "signalementActif" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "signalementCode" TEXT,
ADD COLUMN     "signalementCommunes" TEXT[],
ADD COLUMN     "signalementConservationMois" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "Signalement" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "reporterNom" TEXT,
    "reporterTelephone" TEXT,
    "reporterEmail" TEXT,
    "personne" TEXT NOT NULL,
    "lieu" TEXT NOT NULL,
    "commune" TEXT NOT NULL,
    "quartier" TEXT,
    "situation" TEXT NOT NULL,
    "status" "SignalementStatus" NOT NULL DEFAULT 'NOUVEAU',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "premiereVisiteAt" TIMESTAMP(3),
    "usagerId" UUID,
    "accompagnementId" UUID,
    "closAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Signalement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignalementEvent" (
    "id" UUID NOT NULL,
    "signalementId" UUID NOT NULL,
    "status" "SignalementStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" UUID,
    "note" TEXT,

    CONSTRAINT "SignalementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Signalement_reference_key" ON "Signalement"("reference");

-- CreateIndex
CREATE INDEX "Signalement_structureId_status_createdAt_idx" ON "Signalement"("structureId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Signalement_usagerId_idx" ON "Signalement"("usagerId");

-- CreateIndex
CREATE INDEX "SignalementEvent_signalementId_at_idx" ON "SignalementEvent"("signalementId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "StructureSettings_signalementCode_key" ON "StructureSettings"("signalementCode");

-- AddForeignKey
ALTER TABLE "Signalement" ADD CONSTRAINT "Signalement_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signalement" ADD CONSTRAINT "Signalement_accompagnementId_fkey" FOREIGN KEY ("accompagnementId") REFERENCES "Accompagnement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalementEvent" ADD CONSTRAINT "SignalementEvent_signalementId_fkey" FOREIGN KEY ("signalementId") REFERENCES "Signalement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

