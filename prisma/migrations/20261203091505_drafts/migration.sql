-- CreateTable
CREATE TABLE "Draft" (
    "id" UUID NOT NULL,
    "structureId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "usagerId" UUID NOT NULL,
    "form" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Draft_updatedAt_idx" ON "Draft"("updatedAt");

-- CreateIndex
CREATE INDEX "Draft_usagerId_idx" ON "Draft"("usagerId");

-- CreateIndex
CREATE UNIQUE INDEX "Draft_userId_usagerId_form_key" ON "Draft"("userId", "usagerId", "form");

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_usagerId_fkey" FOREIGN KEY ("usagerId") REFERENCES "Usager"("id") ON DELETE CASCADE ON UPDATE CASCADE;

