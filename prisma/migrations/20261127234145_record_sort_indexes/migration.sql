-- CreateIndex
CREATE INDEX "Client_deletedAt_fileStatus_id_idx" ON "Client"("deletedAt", "fileStatus", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_clientStatus_id_idx" ON "Client"("deletedAt", "clientStatus", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_cvUpToDate_id_idx" ON "Client"("deletedAt", "cvUpToDate", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_emailKey_id_idx" ON "Client"("deletedAt", "emailKey", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_phoneKey_id_idx" ON "Client"("deletedAt", "phoneKey", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_emailKey_id_idx" ON "Contact"("deletedAt", "emailKey", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_phoneKey_id_idx" ON "Contact"("deletedAt", "phoneKey", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_type_id_idx" ON "Partner"("deletedAt", "type", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_sector_id_idx" ON "Partner"("deletedAt", "sector", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_emailKey_id_idx" ON "Partner"("deletedAt", "emailKey", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_phoneKey_id_idx" ON "Partner"("deletedAt", "phoneKey", "id");
