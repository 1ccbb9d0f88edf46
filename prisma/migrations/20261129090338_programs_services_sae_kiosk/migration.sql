-- CreateTable
CREATE TABLE "ProgramParticipation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participant" TEXT NOT NULL DEFAULT '',
    "clientId" TEXT,
    "partnerId" TEXT,
    "program" TEXT NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "note" TEXT,
    "participantSort" TEXT NOT NULL DEFAULT '',
    "programFr" TEXT NOT NULL DEFAULT '',
    "programEn" TEXT NOT NULL DEFAULT '',
    "startSort" TEXT NOT NULL DEFAULT '',
    "statusFr" TEXT NOT NULL DEFAULT '',
    "statusEn" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "ProgramParticipation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgramParticipation_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivityNumber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "serviceName" TEXT NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participant" TEXT NOT NULL DEFAULT '',
    "clientId" TEXT,
    "partnerId" TEXT,
    "serviceName" TEXT,
    "activityNumber" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "staffUserId" TEXT,
    "note" TEXT,
    "participantSort" TEXT NOT NULL DEFAULT '',
    "serviceNameFr" TEXT NOT NULL DEFAULT '',
    "serviceNameEn" TEXT NOT NULL DEFAULT '',
    "activitySort" TEXT NOT NULL DEFAULT '',
    "startSort" TEXT NOT NULL DEFAULT '',
    "staffSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Service_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Service_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Service_activityNumber_serviceName_fkey" FOREIGN KEY ("activityNumber", "serviceName") REFERENCES "ActivityNumber" ("number", "serviceName") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SaeFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileNumber" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "counsellorId" TEXT,
    "openedOn" TEXT,
    "closedOn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "employmentGoal" TEXT,
    "actionPlan" TEXT,
    "clientSort" TEXT NOT NULL DEFAULT '',
    "counsellorSort" TEXT NOT NULL DEFAULT '',
    "openedSort" TEXT NOT NULL DEFAULT '',
    "statusFr" TEXT NOT NULL DEFAULT '',
    "statusEn" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "SaeFile_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "visitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "comment" TEXT,
    "language" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    CONSTRAINT "Visit_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_createdAt_id_idx" ON "ProgramParticipation"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_updatedAt_id_idx" ON "ProgramParticipation"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_participantSort_id_idx" ON "ProgramParticipation"("deletedAt", "participantSort", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_programFr_id_idx" ON "ProgramParticipation"("deletedAt", "programFr", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_programEn_id_idx" ON "ProgramParticipation"("deletedAt", "programEn", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_startSort_id_idx" ON "ProgramParticipation"("deletedAt", "startSort", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_statusFr_id_idx" ON "ProgramParticipation"("deletedAt", "statusFr", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_statusEn_id_idx" ON "ProgramParticipation"("deletedAt", "statusEn", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_deletedAt_createdBySort_id_idx" ON "ProgramParticipation"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "ProgramParticipation_clientId_deletedAt_idx" ON "ProgramParticipation"("clientId", "deletedAt");

-- CreateIndex
CREATE INDEX "ProgramParticipation_partnerId_deletedAt_idx" ON "ProgramParticipation"("partnerId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityNumber_number_key" ON "ActivityNumber"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityNumber_number_serviceName_key" ON "ActivityNumber"("number", "serviceName");

-- CreateIndex
CREATE INDEX "Service_deletedAt_createdAt_id_idx" ON "Service"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_updatedAt_id_idx" ON "Service"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_participantSort_id_idx" ON "Service"("deletedAt", "participantSort", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_serviceNameFr_id_idx" ON "Service"("deletedAt", "serviceNameFr", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_serviceNameEn_id_idx" ON "Service"("deletedAt", "serviceNameEn", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_activitySort_id_idx" ON "Service"("deletedAt", "activitySort", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_startSort_id_idx" ON "Service"("deletedAt", "startSort", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_staffSort_id_idx" ON "Service"("deletedAt", "staffSort", "id");

-- CreateIndex
CREATE INDEX "Service_deletedAt_createdBySort_id_idx" ON "Service"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Service_clientId_deletedAt_idx" ON "Service"("clientId", "deletedAt");

-- CreateIndex
CREATE INDEX "Service_partnerId_deletedAt_idx" ON "Service"("partnerId", "deletedAt");

-- CreateIndex
CREATE INDEX "Service_activityNumber_serviceName_idx" ON "Service"("activityNumber", "serviceName");

-- CreateIndex
CREATE UNIQUE INDEX "SaeFile_fileNumber_key" ON "SaeFile"("fileNumber");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_fileNumber_id_idx" ON "SaeFile"("deletedAt", "fileNumber", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_createdAt_id_idx" ON "SaeFile"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_updatedAt_id_idx" ON "SaeFile"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_clientSort_id_idx" ON "SaeFile"("deletedAt", "clientSort", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_counsellorSort_id_idx" ON "SaeFile"("deletedAt", "counsellorSort", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_openedSort_id_idx" ON "SaeFile"("deletedAt", "openedSort", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_statusFr_id_idx" ON "SaeFile"("deletedAt", "statusFr", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_statusEn_id_idx" ON "SaeFile"("deletedAt", "statusEn", "id");

-- CreateIndex
CREATE INDEX "SaeFile_deletedAt_createdBySort_id_idx" ON "SaeFile"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "SaeFile_clientId_deletedAt_idx" ON "SaeFile"("clientId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_idempotencyKey_key" ON "Visit"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Visit_visitedAt_id_idx" ON "Visit"("visitedAt", "id");

-- CreateIndex
CREATE INDEX "Visit_clientId_visitedAt_idx" ON "Visit"("clientId", "visitedAt");
