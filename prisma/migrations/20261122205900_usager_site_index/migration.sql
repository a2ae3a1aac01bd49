-- CreateIndex
CREATE INDEX "Usager_siteId_idx" ON "Usager"("siteId");

