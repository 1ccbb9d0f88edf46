-- DropIndex
DROP INDEX "SearchToken_module_token_idx";

-- CreateIndex
CREATE INDEX "SearchToken_module_token_recordId_idx" ON "SearchToken"("module", "token", "recordId");
