-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "legacyId" TEXT;

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "legacyId" TEXT;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "legacyId" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "legacyId" TEXT;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "legacyId" TEXT;

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "legacyId" TEXT;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "legacyId" TEXT;

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "delimiter" TEXT NOT NULL,
    "headers" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "mapping" TEXT NOT NULL DEFAULT '{}',
    "valueMap" TEXT NOT NULL DEFAULT '{}',
    "policy" TEXT NOT NULL DEFAULT 'skip',
    "step" TEXT NOT NULL DEFAULT 'map',
    "mode" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "processed" INTEGER NOT NULL DEFAULT 0,
    "counts" TEXT NOT NULL DEFAULT '{}',
    "dryCounts" TEXT,
    "claimedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportItem" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "dry" BOOLEAN NOT NULL,
    "line" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "recordId" TEXT,
    "before" TEXT,
    "version" INTEGER,
    "undone" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ImportItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_userId_createdAt_idx" ON "ImportJob"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "ImportItem_jobId_dry_line_idx" ON "ImportItem"("jobId", "dry", "line");

-- CreateIndex
CREATE INDEX "Call_legacyId_idx" ON "Call"("legacyId");

-- CreateIndex
CREATE INDEX "Client_legacyId_idx" ON "Client"("legacyId");

-- CreateIndex
CREATE INDEX "Contact_legacyId_idx" ON "Contact"("legacyId");

-- CreateIndex
CREATE INDEX "Meeting_legacyId_idx" ON "Meeting"("legacyId");

-- CreateIndex
CREATE INDEX "Note_legacyId_idx" ON "Note"("legacyId");

-- CreateIndex
CREATE INDEX "Partner_legacyId_idx" ON "Partner"("legacyId");

-- CreateIndex
CREATE INDEX "Task_legacyId_idx" ON "Task"("legacyId");

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
