-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "sheets" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "ImportRow" ADD COLUMN     "parentRowId" UUID,
ADD COLUMN     "sheet" INTEGER NOT NULL DEFAULT 0;

