-- AlterTable
ALTER TABLE "StructureSettings" ADD COLUMN     "orientationRelanceJours" INTEGER NOT NULL DEFAULT 15;

