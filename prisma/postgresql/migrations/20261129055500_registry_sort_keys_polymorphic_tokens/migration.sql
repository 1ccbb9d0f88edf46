-- DropForeignKey
ALTER TABLE "SearchToken" DROP CONSTRAINT "SearchToken_clientId_fkey";

-- DropForeignKey
ALTER TABLE "SearchToken" DROP CONSTRAINT "SearchToken_contactId_fkey";

-- DropForeignKey
ALTER TABLE "SearchToken" DROP CONSTRAINT "SearchToken_partnerId_fkey";

-- DropIndex
DROP INDEX "Client_deletedAt_clientStatus_id_idx";

-- DropIndex
DROP INDEX "Client_deletedAt_fileStatus_id_idx";

-- DropIndex
DROP INDEX "Partner_deletedAt_sectorSort_id_idx";

-- DropIndex
DROP INDEX "Partner_deletedAt_typeSort_id_idx";

-- DropIndex
DROP INDEX "SearchToken_clientId_token_idx";

-- DropIndex
DROP INDEX "SearchToken_contactId_token_idx";

-- DropIndex
DROP INDEX "SearchToken_partnerId_token_idx";

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "detail" TEXT,
ADD COLUMN     "ip" TEXT,
ALTER COLUMN "module" DROP NOT NULL,
ALTER COLUMN "recordId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "assignedSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "clientStatusEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "clientStatusFr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdBySort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "fileStatusEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "fileStatusFr" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "assignedSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdBySort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "partnerSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleSort" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Partner" DROP COLUMN "sectorSort",
DROP COLUMN "typeSort",
ADD COLUMN     "assignedSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "createdBySort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sectorEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sectorFr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "typeEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "typeFr" TEXT NOT NULL DEFAULT '';

-- AlterTable (hand-edited: keep every existing token, linked by the one foreign key it had)
ALTER TABLE "SearchToken" ADD COLUMN "recordId" TEXT;
UPDATE "SearchToken" SET "recordId" = COALESCE("clientId", "partnerId", "contactId");
DELETE FROM "SearchToken" WHERE "recordId" IS NULL;
ALTER TABLE "SearchToken" ALTER COLUMN "recordId" SET NOT NULL,
DROP COLUMN "clientId",
DROP COLUMN "contactId",
DROP COLUMN "partnerId";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_userId_createdAt_idx" ON "AuditLog"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Client_deletedAt_fileStatusFr_id_idx" ON "Client"("deletedAt", "fileStatusFr", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_fileStatusEn_id_idx" ON "Client"("deletedAt", "fileStatusEn", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_clientStatusFr_id_idx" ON "Client"("deletedAt", "clientStatusFr", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_clientStatusEn_id_idx" ON "Client"("deletedAt", "clientStatusEn", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_assignedSort_id_idx" ON "Client"("deletedAt", "assignedSort", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_createdBySort_id_idx" ON "Client"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_partnerSort_id_idx" ON "Contact"("deletedAt", "partnerSort", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_titleSort_id_idx" ON "Contact"("deletedAt", "titleSort", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_assignedSort_id_idx" ON "Contact"("deletedAt", "assignedSort", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_createdBySort_id_idx" ON "Contact"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_typeFr_id_idx" ON "Partner"("deletedAt", "typeFr", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_typeEn_id_idx" ON "Partner"("deletedAt", "typeEn", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_sectorFr_id_idx" ON "Partner"("deletedAt", "sectorFr", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_sectorEn_id_idx" ON "Partner"("deletedAt", "sectorEn", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_assignedSort_id_idx" ON "Partner"("deletedAt", "assignedSort", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_createdBySort_id_idx" ON "Partner"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "SearchToken_recordId_token_idx" ON "SearchToken"("recordId", "token");
