-- DropIndex
DROP INDEX "Client_deletedAt_emailKey_id_idx";

-- DropIndex
DROP INDEX "Client_deletedAt_phoneKey_id_idx";

-- DropIndex
DROP INDEX "Contact_deletedAt_emailKey_id_idx";

-- DropIndex
DROP INDEX "Contact_deletedAt_phoneKey_id_idx";

-- DropIndex
DROP INDEX "Partner_deletedAt_emailKey_id_idx";

-- DropIndex
DROP INDEX "Partner_deletedAt_phoneKey_id_idx";

-- DropIndex
DROP INDEX "Partner_deletedAt_sector_id_idx";

-- DropIndex
DROP INDEX "Partner_deletedAt_type_id_idx";

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "emailSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phoneSort" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "emailSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phoneSort" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "emailSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phoneSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sectorSort" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "typeSort" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Client_deletedAt_emailSort_id_idx" ON "Client"("deletedAt", "emailSort", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_phoneSort_id_idx" ON "Client"("deletedAt", "phoneSort", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_emailSort_id_idx" ON "Contact"("deletedAt", "emailSort", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_phoneSort_id_idx" ON "Contact"("deletedAt", "phoneSort", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_typeSort_id_idx" ON "Partner"("deletedAt", "typeSort", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_sectorSort_id_idx" ON "Partner"("deletedAt", "sectorSort", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_emailSort_id_idx" ON "Partner"("deletedAt", "emailSort", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_phoneSort_id_idx" ON "Partner"("deletedAt", "phoneSort", "id");

-- Backfill the sort keys of existing rows (written by the data layer from now on).
UPDATE "Client" SET "emailSort" = COALESCE("emailKey", ''), "phoneSort" = COALESCE("phoneKey", "mobileKey", '');
UPDATE "Partner" SET "emailSort" = COALESCE("emailKey", ''), "phoneSort" = COALESCE("phoneKey", ''), "typeSort" = COALESCE("type", ''), "sectorSort" = COALESCE("sector", '');
UPDATE "Contact" SET "emailSort" = COALESCE("emailKey", ''), "phoneSort" = COALESCE("phoneKey", "mobileKey", '');
