-- CreateTable
CREATE TABLE "Call" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subject" TEXT NOT NULL,
    "direction" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "startAt" DATETIME NOT NULL,
    "duration" INTEGER NOT NULL,
    "clientId" TEXT,
    "contactId" TEXT,
    "partnerId" TEXT,
    "assignedUserId" TEXT,
    "reminder" TEXT,
    "description" TEXT,
    "activityAt" DATETIME NOT NULL,
    "subjectSort" TEXT NOT NULL DEFAULT '',
    "statusFr" TEXT NOT NULL DEFAULT '',
    "statusEn" TEXT NOT NULL DEFAULT '',
    "assignedSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subject" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "startAt" DATETIME NOT NULL,
    "endAt" DATETIME,
    "location" TEXT,
    "clientId" TEXT,
    "contactId" TEXT,
    "partnerId" TEXT,
    "assignedUserId" TEXT,
    "invitees" TEXT NOT NULL DEFAULT '[]',
    "reminder" TEXT,
    "description" TEXT,
    "activityAt" DATETIME NOT NULL,
    "subjectSort" TEXT NOT NULL DEFAULT '',
    "statusFr" TEXT NOT NULL DEFAULT '',
    "statusEn" TEXT NOT NULL DEFAULT '',
    "assignedSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subject" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'notStarted',
    "startAt" DATETIME,
    "dueAt" DATETIME,
    "priority" TEXT,
    "clientId" TEXT,
    "contactId" TEXT,
    "partnerId" TEXT,
    "assignedUserId" TEXT,
    "description" TEXT,
    "completedAt" DATETIME,
    "activityAt" DATETIME NOT NULL,
    "dueSort" TEXT NOT NULL DEFAULT '',
    "subjectSort" TEXT NOT NULL DEFAULT '',
    "statusFr" TEXT NOT NULL DEFAULT '',
    "statusEn" TEXT NOT NULL DEFAULT '',
    "priorityFr" TEXT NOT NULL DEFAULT '',
    "priorityEn" TEXT NOT NULL DEFAULT '',
    "assignedSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "Call_deletedAt_startAt_id_idx" ON "Call"("deletedAt", "startAt", "id");

-- CreateIndex
CREATE INDEX "Call_deletedAt_subjectSort_id_idx" ON "Call"("deletedAt", "subjectSort", "id");

-- CreateIndex
CREATE INDEX "Call_deletedAt_statusFr_id_idx" ON "Call"("deletedAt", "statusFr", "id");

-- CreateIndex
CREATE INDEX "Call_deletedAt_statusEn_id_idx" ON "Call"("deletedAt", "statusEn", "id");

-- CreateIndex
CREATE INDEX "Call_deletedAt_createdAt_id_idx" ON "Call"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Call_deletedAt_updatedAt_id_idx" ON "Call"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Call_deletedAt_assignedSort_id_idx" ON "Call"("deletedAt", "assignedSort", "id");

-- CreateIndex
CREATE INDEX "Call_deletedAt_createdBySort_id_idx" ON "Call"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Call_assignedUserId_deletedAt_startAt_id_idx" ON "Call"("assignedUserId", "deletedAt", "startAt", "id");

-- CreateIndex
CREATE INDEX "Call_clientId_deletedAt_status_activityAt_idx" ON "Call"("clientId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Call_contactId_deletedAt_status_activityAt_idx" ON "Call"("contactId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Call_partnerId_deletedAt_status_activityAt_idx" ON "Call"("partnerId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_startAt_id_idx" ON "Meeting"("deletedAt", "startAt", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_subjectSort_id_idx" ON "Meeting"("deletedAt", "subjectSort", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_statusFr_id_idx" ON "Meeting"("deletedAt", "statusFr", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_statusEn_id_idx" ON "Meeting"("deletedAt", "statusEn", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_createdAt_id_idx" ON "Meeting"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_updatedAt_id_idx" ON "Meeting"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_assignedSort_id_idx" ON "Meeting"("deletedAt", "assignedSort", "id");

-- CreateIndex
CREATE INDEX "Meeting_deletedAt_createdBySort_id_idx" ON "Meeting"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Meeting_assignedUserId_deletedAt_startAt_id_idx" ON "Meeting"("assignedUserId", "deletedAt", "startAt", "id");

-- CreateIndex
CREATE INDEX "Meeting_clientId_deletedAt_status_activityAt_idx" ON "Meeting"("clientId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Meeting_contactId_deletedAt_status_activityAt_idx" ON "Meeting"("contactId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Meeting_partnerId_deletedAt_status_activityAt_idx" ON "Meeting"("partnerId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Task_deletedAt_dueSort_id_idx" ON "Task"("deletedAt", "dueSort", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_subjectSort_id_idx" ON "Task"("deletedAt", "subjectSort", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_statusFr_id_idx" ON "Task"("deletedAt", "statusFr", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_statusEn_id_idx" ON "Task"("deletedAt", "statusEn", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_priorityFr_id_idx" ON "Task"("deletedAt", "priorityFr", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_priorityEn_id_idx" ON "Task"("deletedAt", "priorityEn", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_createdAt_id_idx" ON "Task"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_updatedAt_id_idx" ON "Task"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_assignedSort_id_idx" ON "Task"("deletedAt", "assignedSort", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_createdBySort_id_idx" ON "Task"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Task_deletedAt_status_dueSort_id_idx" ON "Task"("deletedAt", "status", "dueSort", "id");

-- CreateIndex
CREATE INDEX "Task_assignedUserId_deletedAt_status_dueSort_idx" ON "Task"("assignedUserId", "deletedAt", "status", "dueSort");

-- CreateIndex
CREATE INDEX "Task_clientId_deletedAt_status_activityAt_idx" ON "Task"("clientId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Task_contactId_deletedAt_status_activityAt_idx" ON "Task"("contactId", "deletedAt", "status", "activityAt");

-- CreateIndex
CREATE INDEX "Task_partnerId_deletedAt_status_activityAt_idx" ON "Task"("partnerId", "deletedAt", "status", "activityAt");
