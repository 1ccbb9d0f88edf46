-- DropIndex
DROP INDEX "SearchToken_clientId_idx";

-- DropIndex
DROP INDEX "SearchToken_contactId_idx";

-- DropIndex
DROP INDEX "SearchToken_partnerId_idx";

-- CreateIndex
CREATE INDEX "SearchToken_clientId_token_idx" ON "SearchToken"("clientId", "token");

-- CreateIndex
CREATE INDEX "SearchToken_partnerId_token_idx" ON "SearchToken"("partnerId", "token");

-- CreateIndex
CREATE INDEX "SearchToken_contactId_token_idx" ON "SearchToken"("contactId", "token");
