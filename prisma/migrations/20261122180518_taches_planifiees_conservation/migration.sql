-- CreateEnum
CREATE TYPE "JobRunOutcome" AS ENUM ('EN_COURS', 'SUCCES', 'ECHEC');

-- AlterTable
ALTER TABLE "Usager" ADD COLUMN     "anonymiseLe" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StructureSettings" ADD COLUMN     "aidesRefuseesConservationMois" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "anonymisationAutomatique" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "anonymisationDelaiGraceJours" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "auditConservationMois" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "inactiviteAnonymisationMois" INTEGER NOT NULL DEFAULT 24;

-- CreateTable
CREATE TABLE "JobRun" (
    "id" UUID NOT NULL,
    "jobName" TEXT NOT NULL,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "outcome" "JobRunOutcome" NOT NULL DEFAULT 'EN_COURS',
    "summary" JSONB,
    "error" TEXT,
    "instance" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionFlag" (
    "usagerId" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "dernierContactLe" TIMESTAMP(3) NOT NULL,
    "signaleLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetentionFlag_pkey" PRIMARY KEY ("usagerId")
);

-- CreateIndex
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_jobName_scheduledFor_key" ON "JobRun"("jobName", "scheduledFor");

-- CreateIndex
CREATE INDEX "RetentionFlag_structureId_signaleLe_idx" ON "RetentionFlag"("structureId", "signaleLe");

-- AddForeignKey
ALTER TABLE "RetentionFlag" ADD CONSTRAINT "RetentionFlag_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Retention (issue #8). The audit log stays append-only for the app. Two controlled exceptions,
-- each enabled only by a transaction-local setting that the retention jobs set with set_config
-- (is_local true) and nothing else in the app sets: DELETE of old rows (passerelle.audit_purge)
-- and, when a dossier is anonymised, replacing the details of its rows by the scrub marker
-- (passerelle.audit_anonymise), every other column unchanged.
-- PL/pgSQL body as an E-string (\x3B is a semicolon, \x0A a newline): see docs/decisions/0001.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\x0A  IF TG_OP = \'DELETE\' AND current_setting(\'passerelle.audit_purge\', true) = \'on\' THEN\x0A    RETURN OLD\x3B\x0A  END IF\x3B\x0A  IF TG_OP = \'UPDATE\' AND current_setting(\'passerelle.audit_anonymise\', true) = \'on\'\x0A     AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action AND NEW."entityType" = OLD."entityType"\x0A     AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" AND NEW."structureId" IS NOT DISTINCT FROM OLD."structureId"\x0A     AND NEW."entityId" IS NOT DISTINCT FROM OLD."entityId" AND NEW.ip IS NOT DISTINCT FROM OLD.ip\x0A     AND NEW.details = \'{"anonymise": true}\'::jsonb THEN\x0A    RETURN NEW\x3B\x0A  END IF\x3B\x0A  RAISE EXCEPTION \'Journal d audit en ajout seul : % refuse\', TG_OP USING ERRCODE = \'insufficient_privilege\'\x3B\x0AEND\x3B';
