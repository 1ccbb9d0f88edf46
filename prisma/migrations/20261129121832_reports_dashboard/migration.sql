-- CreateTable
CREATE TABLE "SavedReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "query" TEXT NOT NULL DEFAULT '',
    "groupBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "SavedReport_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedReportShare" (
    "reportId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("reportId", "userId"),
    CONSTRAINT "SavedReportShare_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SavedReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SavedReportShare_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DashboardPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "dashlets" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DashboardPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
