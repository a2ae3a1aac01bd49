-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MENTION', 'TACHE_ASSIGNEE', 'TACHE_ECHEANCE', 'TACHE_RETARD', 'FICHE_ATTRIBUEE', 'AIDE_DECIDEE', 'ORIENTATION_REPONSE', 'ORIENTATION_RELANCE', 'DOCUMENT_AJOUTE', 'DOSSIER_ATTRIBUE', 'DOMICILIATION_FIN', 'IMPORT_TERMINE');

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "usagerId" UUID,
    "title" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "email" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_usagerId_idx" ON "Notification"("usagerId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

