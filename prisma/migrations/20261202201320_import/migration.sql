-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('MAPPING', 'PREVIEW', 'RUNNING', 'FAILED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ImportRowGroup" AS ENUM ('NEW', 'MATCH', 'FILE_DUPLICATE', 'ERROR');

-- AlterTable
ALTER TABLE "Usager" ADD COLUMN     "externalId" TEXT;

-- CreateTable
CREATE TABLE "ImportMapping" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "columns" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sheetName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "headers" TEXT[],
    "mapping" TEXT[],
    "groupChoices" JSONB NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'MAPPING',
    "totalRows" INTEGER NOT NULL,
    "cursor" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "failedLine" INTEGER,
    "failure" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "id" UUID NOT NULL,
    "jobId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "cells" TEXT[],
    "label" TEXT NOT NULL,
    "group" "ImportRowGroup" NOT NULL DEFAULT 'NEW',
    "cellErrors" JSONB,
    "matchId" UUID,
    "dossierNumero" TEXT,
    "choice" TEXT,
    "outcome" TEXT,
    "reason" TEXT,
    "usagerId" UUID,

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportMapping_structureId_kind_key" ON "ImportMapping"("structureId", "kind");

-- CreateIndex
CREATE INDEX "ImportJob_structureId_createdAt_idx" ON "ImportJob"("structureId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_group_position_idx" ON "ImportRow"("jobId", "group", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRow_jobId_position_key" ON "ImportRow"("jobId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Usager_structureId_externalId_key" ON "Usager"("structureId", "externalId");

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

