-- CreateTable
CREATE TABLE "DashboardCache" (
    "key" TEXT NOT NULL,
    "structureId" UUID NOT NULL,
    "figures" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DashboardCache_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "DashboardCache_structureId_computedAt_idx" ON "DashboardCache"("structureId", "computedAt");

