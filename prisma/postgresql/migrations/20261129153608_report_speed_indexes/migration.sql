-- CreateIndex
CREATE INDEX "Call_clientId_deletedAt_startAt_idx" ON "Call"("clientId", "deletedAt", "startAt");

-- CreateIndex
CREATE INDEX "Client_id_deletedAt_idx" ON "Client"("id", "deletedAt");

-- CreateIndex
CREATE INDEX "Meeting_clientId_deletedAt_startAt_idx" ON "Meeting"("clientId", "deletedAt", "startAt");

-- CreateIndex
CREATE INDEX "ProgramParticipation_clientId_deletedAt_startSort_endDate_idx" ON "ProgramParticipation"("clientId", "deletedAt", "startSort", "endDate");

-- CreateIndex
CREATE INDEX "Service_clientId_deletedAt_startSort_endDate_startDate_idx" ON "Service"("clientId", "deletedAt", "startSort", "endDate", "startDate");

-- CreateIndex
CREATE INDEX "Service_partnerId_deletedAt_startSort_endDate_startDate_idx" ON "Service"("partnerId", "deletedAt", "startSort", "endDate", "startDate");

-- CreateIndex
CREATE INDEX "Task_clientId_deletedAt_activityAt_idx" ON "Task"("clientId", "deletedAt", "activityAt");

-- CreateIndex
CREATE INDEX "Visit_visitedAt_clientId_reason_idx" ON "Visit"("visitedAt", "clientId", "reason");
