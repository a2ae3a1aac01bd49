-- CreateEnum
CREATE TYPE "UsagerStatus" AS ENUM ('ACTIF', 'INACTIF', 'ARCHIVE');

-- CreateEnum
CREATE TYPE "Civilite" AS ENUM ('MADAME', 'MONSIEUR');

-- CreateEnum
CREATE TYPE "SituationFamiliale" AS ENUM ('CELIBATAIRE', 'EN_COUPLE', 'MARIE', 'PACSE', 'SEPARE', 'DIVORCE', 'VEUF');

-- CreateEnum
CREATE TYPE "LogementStatut" AS ENUM ('LOCATAIRE_PARC_SOCIAL', 'LOCATAIRE_PARC_PRIVE', 'PROPRIETAIRE', 'HEBERGE_CHEZ_UN_TIERS', 'HEBERGEMENT_URGENCE_CHRS', 'LOGEMENT_FOYER', 'SANS_DOMICILE', 'HABITAT_PRECAIRE', 'AUTRE');

-- CreateEnum
CREATE TYPE "MesureProtection" AS ENUM ('AUCUNE', 'SAUVEGARDE_DE_JUSTICE', 'CURATELLE', 'CURATELLE_RENFORCEE', 'TUTELLE', 'HABILITATION_FAMILIALE', 'MASP', 'MAJ');

-- CreateEnum
CREATE TYPE "DroitOuvert" AS ENUM ('RSA', 'PRIME_ACTIVITE', 'APL', 'ALS', 'ALF', 'AAH', 'ASPA', 'CSS', 'ALLOCATIONS_FAMILIALES', 'ASF', 'ARE', 'ASS', 'PCH', 'APA', 'INVALIDITE');

-- CreateEnum
CREATE TYPE "LienFoyer" AS ENUM ('CONJOINT', 'ENFANT', 'PARENT', 'FRERE_SOEUR', 'AUTRE_FAMILLE', 'AUTRE');

-- CreateEnum
CREATE TYPE "LigneBudgetKind" AS ENUM ('RESSOURCE', 'CHARGE');

-- CreateTable
CREATE TABLE "Usager" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "numeroDossier" TEXT NOT NULL,
    "civilite" "Civilite",
    "nom" TEXT NOT NULL,
    "nomNaissance" TEXT,
    "prenom" TEXT NOT NULL,
    "dateNaissance" DATE NOT NULL,
    "searchName" TEXT NOT NULL,
    "telephone" TEXT,
    "email" TEXT,
    "adresse" TEXT,
    "codePostal" TEXT,
    "commune" TEXT,
    "quartier" TEXT,
    "siteId" UUID,
    "situationFamiliale" "SituationFamiliale",
    "logementStatut" "LogementStatut",
    "bailleur" TEXT,
    "mesureProtection" "MesureProtection" NOT NULL DEFAULT 'AUCUNE',
    "mesureOrganisme" TEXT,
    "droitsOuverts" "DroitOuvert"[],
    "informationDonneeLe" DATE,
    "status" "UsagerStatus" NOT NULL DEFAULT 'ACTIF',
    "lastContactAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Usager_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FoyerMembre" (
    "id" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "dateNaissance" DATE NOT NULL,
    "lien" "LienFoyer" NOT NULL,

    CONSTRAINT "FoyerMembre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LigneBudget" (
    "id" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "membreId" UUID,
    "kind" "LigneBudgetKind" NOT NULL,
    "type" TEXT NOT NULL,
    "montantCents" INTEGER NOT NULL,

    CONSTRAINT "LigneBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsagerReferent" (
    "usagerId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsagerReferent_pkey" PRIMARY KEY ("usagerId","userId")
);

-- CreateTable
CREATE TABLE "DossierCounter" (
    "structureId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "DossierCounter_pkey" PRIMARY KEY ("structureId","year")
);

-- CreateTable
CREATE TABLE "StructureSettings" (
    "structureId" UUID NOT NULL,
    "chargesRetenues" TEXT[],
    "ucPremierAdulte" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "ucAutrePersonne14" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "ucEnfantMoins14" DOUBLE PRECISION NOT NULL DEFAULT 0.3,
    "partAdulte" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "partEnfant" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "partEnfantDesTroisieme" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "StructureSettings_pkey" PRIMARY KEY ("structureId")
);

-- CreateIndex
CREATE INDEX "Usager_structureId_status_nom_idx" ON "Usager"("structureId", "status", "nom");

-- CreateIndex
CREATE INDEX "Usager_structureId_dateNaissance_idx" ON "Usager"("structureId", "dateNaissance");

-- CreateIndex
CREATE INDEX "Usager_structureId_lastContactAt_idx" ON "Usager"("structureId", "lastContactAt");

-- CreateIndex
CREATE INDEX "Usager_structureId_quartier_idx" ON "Usager"("structureId", "quartier");

-- CreateIndex
CREATE UNIQUE INDEX "Usager_structureId_numeroDossier_key" ON "Usager"("structureId", "numeroDossier");

-- CreateIndex
CREATE INDEX "FoyerMembre_usagerId_idx" ON "FoyerMembre"("usagerId");

-- CreateIndex
CREATE INDEX "LigneBudget_usagerId_idx" ON "LigneBudget"("usagerId");

-- CreateIndex
CREATE INDEX "UsagerReferent_userId_idx" ON "UsagerReferent"("userId");

-- AddForeignKey
ALTER TABLE "Usager" ADD CONSTRAINT "Usager_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Usager" ADD CONSTRAINT "Usager_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoyerMembre" ADD CONSTRAINT "FoyerMembre_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LigneBudget" ADD CONSTRAINT "LigneBudget_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LigneBudget" ADD CONSTRAINT "LigneBudget_membreId_fkey" FOREIGN KEY ("membreId") REFERENCES "FoyerMembre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagerReferent" ADD CONSTRAINT "UsagerReferent_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsagerReferent" ADD CONSTRAINT "UsagerReferent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierCounter" ADD CONSTRAINT "DossierCounter_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StructureSettings" ADD CONSTRAINT "StructureSettings_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (listed in prisma/hand-written-objects.json): trigram search on the normalised
-- name, insensitive to accents, case and small typos. searchName is maintained by lib/domain.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Usager_searchName_trgm_idx" ON "Usager" USING gin ("searchName" gin_trgm_ops);

CREATE INDEX "Usager_numeroDossier_pattern_idx" ON "Usager" ("structureId", "numeroDossier" text_pattern_ops);
