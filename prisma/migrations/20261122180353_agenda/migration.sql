-- CreateEnum
CREATE TYPE "RendezVousKind" AS ENUM ('BUREAU', 'PERMANENCE', 'VISITE_A_DOMICILE', 'TELEPHONE');

-- CreateEnum
CREATE TYPE "RendezVousStatus" AS ENUM ('PREVU', 'HONORE', 'EXCUSE', 'NON_VENU', 'ANNULE');

-- CreateTable
CREATE TABLE "Permanence" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "travailleurId" UUID NOT NULL,
    "jour" INTEGER NOT NULL,
    "debut" TEXT NOT NULL,
    "fin" TEXT NOT NULL,
    "dureeCreneauMinutes" INTEGER NOT NULL DEFAULT 30,
    "depuis" DATE NOT NULL,
    "jusquau" DATE,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Permanence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermanenceException" (
    "id" UUID NOT NULL,
    "permanenceId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "motif" TEXT,

    CONSTRAINT "PermanenceException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RendezVous" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "usagerId" UUID,
    "ficheId" UUID,
    "travailleurId" UUID NOT NULL,
    "siteId" UUID,
    "permanenceId" UUID,
    "kind" "RendezVousKind" NOT NULL,
    "status" "RendezVousStatus" NOT NULL DEFAULT 'PREVU',
    "debut" TIMESTAMP(3) NOT NULL,
    "fin" TIMESTAMP(3) NOT NULL,
    "lieuPrecision" TEXT,
    "objet" TEXT,
    "rappelConsenti" BOOLEAN NOT NULL DEFAULT false,
    "rappelEnvoyeAt" TIMESTAMP(3),
    "rappelCanal" TEXT,
    "entretienId" UUID,
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RendezVous_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Permanence_structureId_siteId_idx" ON "Permanence"("structureId", "siteId");

-- CreateIndex
CREATE INDEX "Permanence_travailleurId_idx" ON "Permanence"("travailleurId");

-- CreateIndex
CREATE UNIQUE INDEX "PermanenceException_permanenceId_date_key" ON "PermanenceException"("permanenceId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "RendezVous_entretienId_key" ON "RendezVous"("entretienId");

-- CreateIndex
CREATE INDEX "RendezVous_structureId_debut_idx" ON "RendezVous"("structureId", "debut");

-- CreateIndex
CREATE INDEX "RendezVous_travailleurId_debut_idx" ON "RendezVous"("travailleurId", "debut");

-- CreateIndex
CREATE INDEX "RendezVous_siteId_debut_idx" ON "RendezVous"("siteId", "debut");

-- CreateIndex
CREATE INDEX "RendezVous_usagerId_idx" ON "RendezVous"("usagerId");

-- CreateIndex
CREATE INDEX "RendezVous_ficheId_idx" ON "RendezVous"("ficheId");

-- CreateIndex
CREATE INDEX "RendezVous_status_rappelConsenti_debut_idx" ON "RendezVous"("status", "rappelConsenti", "debut");

-- AddForeignKey
ALTER TABLE "Permanence" ADD CONSTRAINT "Permanence_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permanence" ADD CONSTRAINT "Permanence_travailleurId_fkey" FOREIGN KEY ("travailleurId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermanenceException" ADD CONSTRAINT "PermanenceException_permanenceId_fkey" FOREIGN KEY ("permanenceId") REFERENCES "Permanence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RendezVous" ADD CONSTRAINT "RendezVous_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RendezVous" ADD CONSTRAINT "RendezVous_ficheId_fkey" FOREIGN KEY ("ficheId") REFERENCES "FicheLiaison"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RendezVous" ADD CONSTRAINT "RendezVous_travailleurId_fkey" FOREIGN KEY ("travailleurId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RendezVous" ADD CONSTRAINT "RendezVous_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RendezVous" ADD CONSTRAINT "RendezVous_permanenceId_fkey" FOREIGN KEY ("permanenceId") REFERENCES "Permanence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RendezVous" ADD CONSTRAINT "RendezVous_entretienId_fkey" FOREIGN KEY ("entretienId") REFERENCES "Entretien"("id") ON DELETE SET NULL ON UPDATE CASCADE;

