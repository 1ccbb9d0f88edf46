-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT NOT NULL,
    "birthDate" TEXT,
    "gender" TEXT,
    "email" TEXT,
    "otherEmail" TEXT,
    "phone" TEXT,
    "mobile" TEXT,
    "street" TEXT,
    "city" TEXT,
    "province" TEXT,
    "postalCode" TEXT,
    "country" TEXT,
    "countryOfOrigin" TEXT,
    "immigrationStatus" TEXT,
    "arrivalCanada" TEXT,
    "arrivalNunavut" TEXT,
    "uci" TEXT,
    "preferredLanguage" TEXT,
    "languagesSpoken" TEXT NOT NULL DEFAULT '[]',
    "educationLevel" TEXT,
    "employmentStatus" TEXT,
    "targetOccupation" TEXT,
    "fileStatus" TEXT NOT NULL DEFAULT 'open',
    "clientStatus" TEXT NOT NULL DEFAULT 'newcomer',
    "cvUpToDate" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "assignedUserId" TEXT,
    "sortName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "emailKey" TEXT,
    "phoneKey" TEXT,
    "mobileKey" TEXT,
    "emailSort" TEXT NOT NULL DEFAULT '',
    "phoneSort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Client_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("arrivalCanada", "arrivalNunavut", "assignedUserId", "birthDate", "city", "clientStatus", "country", "countryOfOrigin", "createdAt", "createdById", "cvUpToDate", "deletedAt", "description", "educationLevel", "email", "emailKey", "employmentStatus", "fileStatus", "firstName", "gender", "id", "immigrationStatus", "languagesSpoken", "lastName", "mobile", "mobileKey", "nameKey", "otherEmail", "phone", "phoneKey", "postalCode", "preferredLanguage", "province", "sortName", "street", "targetOccupation", "uci", "updatedAt", "version") SELECT "arrivalCanada", "arrivalNunavut", "assignedUserId", "birthDate", "city", "clientStatus", "country", "countryOfOrigin", "createdAt", "createdById", "cvUpToDate", "deletedAt", "description", "educationLevel", "email", "emailKey", "employmentStatus", "fileStatus", "firstName", "gender", "id", "immigrationStatus", "languagesSpoken", "lastName", "mobile", "mobileKey", "nameKey", "otherEmail", "phone", "phoneKey", "postalCode", "preferredLanguage", "province", "sortName", "street", "targetOccupation", "uci", "updatedAt", "version" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_deletedAt_sortName_id_idx" ON "Client"("deletedAt", "sortName", "id");
CREATE INDEX "Client_deletedAt_createdAt_id_idx" ON "Client"("deletedAt", "createdAt", "id");
CREATE INDEX "Client_deletedAt_updatedAt_id_idx" ON "Client"("deletedAt", "updatedAt", "id");
CREATE INDEX "Client_assignedUserId_deletedAt_sortName_id_idx" ON "Client"("assignedUserId", "deletedAt", "sortName", "id");
CREATE INDEX "Client_deletedAt_fileStatus_id_idx" ON "Client"("deletedAt", "fileStatus", "id");
CREATE INDEX "Client_deletedAt_clientStatus_id_idx" ON "Client"("deletedAt", "clientStatus", "id");
CREATE INDEX "Client_deletedAt_cvUpToDate_id_idx" ON "Client"("deletedAt", "cvUpToDate", "id");
CREATE INDEX "Client_deletedAt_emailSort_id_idx" ON "Client"("deletedAt", "emailSort", "id");
CREATE INDEX "Client_deletedAt_phoneSort_id_idx" ON "Client"("deletedAt", "phoneSort", "id");
CREATE INDEX "Client_nameKey_idx" ON "Client"("nameKey");
CREATE INDEX "Client_emailKey_idx" ON "Client"("emailKey");
CREATE INDEX "Client_phoneKey_idx" ON "Client"("phoneKey");
CREATE INDEX "Client_mobileKey_idx" ON "Client"("mobileKey");
CREATE TABLE "new_Contact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "mobile" TEXT,
    "title" TEXT,
    "department" TEXT,
    "partnerId" TEXT,
    "email" TEXT,
    "street" TEXT,
    "city" TEXT,
    "province" TEXT,
    "postalCode" TEXT,
    "country" TEXT,
    "description" TEXT,
    "assignedUserId" TEXT,
    "sortName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "emailKey" TEXT,
    "phoneKey" TEXT,
    "mobileKey" TEXT,
    "emailSort" TEXT NOT NULL DEFAULT '',
    "phoneSort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Contact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Contact_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Contact" ("assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "department", "description", "email", "emailKey", "firstName", "id", "lastName", "mobile", "mobileKey", "nameKey", "partnerId", "phone", "phoneKey", "postalCode", "province", "sortName", "street", "title", "updatedAt", "version") SELECT "assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "department", "description", "email", "emailKey", "firstName", "id", "lastName", "mobile", "mobileKey", "nameKey", "partnerId", "phone", "phoneKey", "postalCode", "province", "sortName", "street", "title", "updatedAt", "version" FROM "Contact";
DROP TABLE "Contact";
ALTER TABLE "new_Contact" RENAME TO "Contact";
CREATE INDEX "Contact_deletedAt_sortName_id_idx" ON "Contact"("deletedAt", "sortName", "id");
CREATE INDEX "Contact_deletedAt_createdAt_id_idx" ON "Contact"("deletedAt", "createdAt", "id");
CREATE INDEX "Contact_deletedAt_updatedAt_id_idx" ON "Contact"("deletedAt", "updatedAt", "id");
CREATE INDEX "Contact_assignedUserId_deletedAt_sortName_id_idx" ON "Contact"("assignedUserId", "deletedAt", "sortName", "id");
CREATE INDEX "Contact_partnerId_deletedAt_idx" ON "Contact"("partnerId", "deletedAt");
CREATE INDEX "Contact_deletedAt_emailSort_id_idx" ON "Contact"("deletedAt", "emailSort", "id");
CREATE INDEX "Contact_deletedAt_phoneSort_id_idx" ON "Contact"("deletedAt", "phoneSort", "id");
CREATE INDEX "Contact_nameKey_idx" ON "Contact"("nameKey");
CREATE INDEX "Contact_emailKey_idx" ON "Contact"("emailKey");
CREATE INDEX "Contact_phoneKey_idx" ON "Contact"("phoneKey");
CREATE INDEX "Contact_mobileKey_idx" ON "Contact"("mobileKey");
CREATE TABLE "new_Partner" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT,
    "sector" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "street" TEXT,
    "city" TEXT,
    "province" TEXT,
    "postalCode" TEXT,
    "country" TEXT,
    "description" TEXT,
    "assignedUserId" TEXT,
    "sortName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "emailKey" TEXT,
    "phoneKey" TEXT,
    "emailSort" TEXT NOT NULL DEFAULT '',
    "phoneSort" TEXT NOT NULL DEFAULT '',
    "typeSort" TEXT NOT NULL DEFAULT '',
    "sectorSort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Partner_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Partner" ("assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "description", "email", "emailKey", "id", "name", "nameKey", "phone", "phoneKey", "postalCode", "province", "sector", "sortName", "street", "type", "updatedAt", "version", "website") SELECT "assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "description", "email", "emailKey", "id", "name", "nameKey", "phone", "phoneKey", "postalCode", "province", "sector", "sortName", "street", "type", "updatedAt", "version", "website" FROM "Partner";
DROP TABLE "Partner";
ALTER TABLE "new_Partner" RENAME TO "Partner";
CREATE INDEX "Partner_deletedAt_sortName_id_idx" ON "Partner"("deletedAt", "sortName", "id");
CREATE INDEX "Partner_deletedAt_createdAt_id_idx" ON "Partner"("deletedAt", "createdAt", "id");
CREATE INDEX "Partner_deletedAt_updatedAt_id_idx" ON "Partner"("deletedAt", "updatedAt", "id");
CREATE INDEX "Partner_assignedUserId_deletedAt_sortName_id_idx" ON "Partner"("assignedUserId", "deletedAt", "sortName", "id");
CREATE INDEX "Partner_deletedAt_typeSort_id_idx" ON "Partner"("deletedAt", "typeSort", "id");
CREATE INDEX "Partner_deletedAt_sectorSort_id_idx" ON "Partner"("deletedAt", "sectorSort", "id");
CREATE INDEX "Partner_deletedAt_emailSort_id_idx" ON "Partner"("deletedAt", "emailSort", "id");
CREATE INDEX "Partner_deletedAt_phoneSort_id_idx" ON "Partner"("deletedAt", "phoneSort", "id");
CREATE INDEX "Partner_nameKey_idx" ON "Partner"("nameKey");
CREATE INDEX "Partner_emailKey_idx" ON "Partner"("emailKey");
CREATE INDEX "Partner_phoneKey_idx" ON "Partner"("phoneKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill the sort keys of existing rows (written by the data layer from now on).
UPDATE "Client" SET "emailSort" = COALESCE("emailKey", ''), "phoneSort" = COALESCE("phoneKey", "mobileKey", '');
UPDATE "Partner" SET "emailSort" = COALESCE("emailKey", ''), "phoneSort" = COALESCE("phoneKey", ''), "typeSort" = COALESCE("type", ''), "sectorSort" = COALESCE("sector", '');
UPDATE "Contact" SET "emailSort" = COALESCE("emailKey", ''), "phoneSort" = COALESCE("phoneKey", "mobileKey", '');
