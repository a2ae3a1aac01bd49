-- CreateTable
CREATE TABLE "Absence" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "remplacantId" UUID NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" UUID,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaFeed" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastFetchedAt" TIMESTAMP(3),
    "fetchCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgendaFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Absence_structureId_userId_fin_idx" ON "Absence"("structureId", "userId", "fin");

-- CreateIndex
CREATE INDEX "Absence_structureId_fin_idx" ON "Absence"("structureId", "fin");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaFeed_tokenHash_key" ON "AgendaFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "AgendaFeed_structureId_userId_idx" ON "AgendaFeed"("structureId", "userId");

-- AddForeignKey
ALTER TABLE "AgendaFeed" ADD CONSTRAINT "AgendaFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

