-- CreateEnum
CREATE TYPE "DateNaissancePrecision" AS ENUM ('EXACTE', 'ANNEE', 'INCONNUE');

-- AlterTable
ALTER TABLE "Usager" ADD COLUMN     "dateNaissancePrecision" "DateNaissancePrecision" NOT NULL DEFAULT 'EXACTE',
ALTER COLUMN "dateNaissance" DROP NOT NULL;

