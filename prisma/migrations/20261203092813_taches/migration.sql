-- CreateEnum
CREATE TYPE "TacheStatus" AS ENUM ('A_FAIRE', 'FAITE', 'ANNULEE');

-- CreateTable
CREATE TABLE "Tache" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID,
    "titre" TEXT NOT NULL,
    "echeance" DATE NOT NULL,
    "assigneeId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "status" "TacheStatus" NOT NULL DEFAULT 'A_FAIRE',
    "statusChangedAt" TIMESTAMP(3),
    "statusById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tache_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tache_structureId_assigneeId_status_echeance_idx" ON "Tache"("structureId", "assigneeId", "status", "echeance");

-- CreateIndex
CREATE INDEX "Tache_structureId_status_echeance_idx" ON "Tache"("structureId", "status", "echeance");

-- CreateIndex
CREATE INDEX "Tache_usagerId_idx" ON "Tache"("usagerId");

-- AddForeignKey
ALTER TABLE "Tache" ADD CONSTRAINT "Tache_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

