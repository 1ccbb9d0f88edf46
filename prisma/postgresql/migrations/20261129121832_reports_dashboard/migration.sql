-- CreateTable
CREATE TABLE "SavedReport" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "query" TEXT NOT NULL DEFAULT '',
    "groupBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SavedReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedReportShare" (
    "reportId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "SavedReportShare_pkey" PRIMARY KEY ("reportId","userId")
);

-- CreateTable
CREATE TABLE "DashboardPreference" (
    "userId" TEXT NOT NULL,
    "dashlets" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DashboardPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "SavedReport_ownerId_name_idx" ON "SavedReport"("ownerId", "name");

-- CreateIndex
CREATE INDEX "SavedReportShare_userId_idx" ON "SavedReportShare"("userId");

-- CreateIndex
CREATE INDEX "Call_deletedAt_startAt_clientId_partnerId_assignedUserId_idx" ON "Call"("deletedAt", "startAt", "clientId", "partnerId", "assignedUserId");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_startAt_clientId_partnerId_assignedUserId_idx" ON "Meeting"("deletedAt", "startAt", "clientId", "partnerId", "assignedUserId");

-- CreateIndex
CREATE INDEX "Task_deletedAt_activityAt_clientId_partnerId_idx" ON "Task"("deletedAt", "activityAt", "clientId", "partnerId");

-- CreateIndex
CREATE INDEX "Task_deletedAt_completedAt_assignedUserId_idx" ON "Task"("deletedAt", "completedAt", "assignedUserId");

-- AddForeignKey
ALTER TABLE "SavedReport" ADD CONSTRAINT "SavedReport_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedReportShare" ADD CONSTRAINT "SavedReportShare_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SavedReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedReportShare" ADD CONSTRAINT "SavedReportShare_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DashboardPreference" ADD CONSTRAINT "DashboardPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
