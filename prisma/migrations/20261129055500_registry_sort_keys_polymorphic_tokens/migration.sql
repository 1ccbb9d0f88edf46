-- AlterTable
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "module" TEXT,
    "recordId" TEXT,
    "userId" TEXT,
    "userName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "before" TEXT,
    "after" TEXT,
    "version" INTEGER,
    "ip" TEXT,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_AuditLog" ("action", "after", "before", "createdAt", "field", "id", "module", "recordId", "userId", "userName", "version") SELECT "action", "after", "before", "createdAt", "field", "id", "module", "recordId", "userId", "userName", "version" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE INDEX "AuditLog_module_recordId_createdAt_idx" ON "AuditLog"("module", "recordId", "createdAt");
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");
CREATE INDEX "AuditLog_userId_createdAt_idx" ON "AuditLog"("userId", "createdAt");
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
    "assignedSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "fileStatusFr" TEXT NOT NULL DEFAULT '',
    "fileStatusEn" TEXT NOT NULL DEFAULT '',
    "clientStatusFr" TEXT NOT NULL DEFAULT '',
    "clientStatusEn" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Client_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Client" ("arrivalCanada", "arrivalNunavut", "assignedUserId", "birthDate", "city", "clientStatus", "country", "countryOfOrigin", "createdAt", "createdById", "cvUpToDate", "deletedAt", "description", "educationLevel", "email", "emailKey", "emailSort", "employmentStatus", "fileStatus", "firstName", "gender", "id", "immigrationStatus", "languagesSpoken", "lastName", "mobile", "mobileKey", "nameKey", "otherEmail", "phone", "phoneKey", "phoneSort", "postalCode", "preferredLanguage", "province", "sortName", "street", "targetOccupation", "uci", "updatedAt", "version") SELECT "arrivalCanada", "arrivalNunavut", "assignedUserId", "birthDate", "city", "clientStatus", "country", "countryOfOrigin", "createdAt", "createdById", "cvUpToDate", "deletedAt", "description", "educationLevel", "email", "emailKey", "emailSort", "employmentStatus", "fileStatus", "firstName", "gender", "id", "immigrationStatus", "languagesSpoken", "lastName", "mobile", "mobileKey", "nameKey", "otherEmail", "phone", "phoneKey", "phoneSort", "postalCode", "preferredLanguage", "province", "sortName", "street", "targetOccupation", "uci", "updatedAt", "version" FROM "Client";
DROP TABLE "Client";
ALTER TABLE "new_Client" RENAME TO "Client";
CREATE INDEX "Client_deletedAt_sortName_id_idx" ON "Client"("deletedAt", "sortName", "id");
CREATE INDEX "Client_deletedAt_createdAt_id_idx" ON "Client"("deletedAt", "createdAt", "id");
CREATE INDEX "Client_deletedAt_updatedAt_id_idx" ON "Client"("deletedAt", "updatedAt", "id");
CREATE INDEX "Client_assignedUserId_deletedAt_sortName_id_idx" ON "Client"("assignedUserId", "deletedAt", "sortName", "id");
CREATE INDEX "Client_deletedAt_fileStatusFr_id_idx" ON "Client"("deletedAt", "fileStatusFr", "id");
CREATE INDEX "Client_deletedAt_fileStatusEn_id_idx" ON "Client"("deletedAt", "fileStatusEn", "id");
CREATE INDEX "Client_deletedAt_clientStatusFr_id_idx" ON "Client"("deletedAt", "clientStatusFr", "id");
CREATE INDEX "Client_deletedAt_clientStatusEn_id_idx" ON "Client"("deletedAt", "clientStatusEn", "id");
CREATE INDEX "Client_deletedAt_assignedSort_id_idx" ON "Client"("deletedAt", "assignedSort", "id");
CREATE INDEX "Client_deletedAt_createdBySort_id_idx" ON "Client"("deletedAt", "createdBySort", "id");
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
    "partnerSort" TEXT NOT NULL DEFAULT '',
    "titleSort" TEXT NOT NULL DEFAULT '',
    "assignedSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Contact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Contact_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Contact" ("assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "department", "description", "email", "emailKey", "emailSort", "firstName", "id", "lastName", "mobile", "mobileKey", "nameKey", "partnerId", "phone", "phoneKey", "phoneSort", "postalCode", "province", "sortName", "street", "title", "updatedAt", "version") SELECT "assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "department", "description", "email", "emailKey", "emailSort", "firstName", "id", "lastName", "mobile", "mobileKey", "nameKey", "partnerId", "phone", "phoneKey", "phoneSort", "postalCode", "province", "sortName", "street", "title", "updatedAt", "version" FROM "Contact";
DROP TABLE "Contact";
ALTER TABLE "new_Contact" RENAME TO "Contact";
CREATE INDEX "Contact_deletedAt_sortName_id_idx" ON "Contact"("deletedAt", "sortName", "id");
CREATE INDEX "Contact_deletedAt_createdAt_id_idx" ON "Contact"("deletedAt", "createdAt", "id");
CREATE INDEX "Contact_deletedAt_updatedAt_id_idx" ON "Contact"("deletedAt", "updatedAt", "id");
CREATE INDEX "Contact_assignedUserId_deletedAt_sortName_id_idx" ON "Contact"("assignedUserId", "deletedAt", "sortName", "id");
CREATE INDEX "Contact_partnerId_deletedAt_idx" ON "Contact"("partnerId", "deletedAt");
CREATE INDEX "Contact_deletedAt_partnerSort_id_idx" ON "Contact"("deletedAt", "partnerSort", "id");
CREATE INDEX "Contact_deletedAt_titleSort_id_idx" ON "Contact"("deletedAt", "titleSort", "id");
CREATE INDEX "Contact_deletedAt_assignedSort_id_idx" ON "Contact"("deletedAt", "assignedSort", "id");
CREATE INDEX "Contact_deletedAt_createdBySort_id_idx" ON "Contact"("deletedAt", "createdBySort", "id");
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
    "typeFr" TEXT NOT NULL DEFAULT '',
    "typeEn" TEXT NOT NULL DEFAULT '',
    "sectorFr" TEXT NOT NULL DEFAULT '',
    "sectorEn" TEXT NOT NULL DEFAULT '',
    "assignedSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Partner_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Partner" ("assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "description", "email", "emailKey", "emailSort", "id", "name", "nameKey", "phone", "phoneKey", "phoneSort", "postalCode", "province", "sector", "sortName", "street", "type", "updatedAt", "version", "website") SELECT "assignedUserId", "city", "country", "createdAt", "createdById", "deletedAt", "description", "email", "emailKey", "emailSort", "id", "name", "nameKey", "phone", "phoneKey", "phoneSort", "postalCode", "province", "sector", "sortName", "street", "type", "updatedAt", "version", "website" FROM "Partner";
DROP TABLE "Partner";
ALTER TABLE "new_Partner" RENAME TO "Partner";
CREATE INDEX "Partner_deletedAt_sortName_id_idx" ON "Partner"("deletedAt", "sortName", "id");
CREATE INDEX "Partner_deletedAt_createdAt_id_idx" ON "Partner"("deletedAt", "createdAt", "id");
CREATE INDEX "Partner_deletedAt_updatedAt_id_idx" ON "Partner"("deletedAt", "updatedAt", "id");
CREATE INDEX "Partner_assignedUserId_deletedAt_sortName_id_idx" ON "Partner"("assignedUserId", "deletedAt", "sortName", "id");
CREATE INDEX "Partner_deletedAt_typeFr_id_idx" ON "Partner"("deletedAt", "typeFr", "id");
CREATE INDEX "Partner_deletedAt_typeEn_id_idx" ON "Partner"("deletedAt", "typeEn", "id");
CREATE INDEX "Partner_deletedAt_sectorFr_id_idx" ON "Partner"("deletedAt", "sectorFr", "id");
CREATE INDEX "Partner_deletedAt_sectorEn_id_idx" ON "Partner"("deletedAt", "sectorEn", "id");
CREATE INDEX "Partner_deletedAt_assignedSort_id_idx" ON "Partner"("deletedAt", "assignedSort", "id");
CREATE INDEX "Partner_deletedAt_createdBySort_id_idx" ON "Partner"("deletedAt", "createdBySort", "id");
CREATE INDEX "Partner_deletedAt_emailSort_id_idx" ON "Partner"("deletedAt", "emailSort", "id");
CREATE INDEX "Partner_deletedAt_phoneSort_id_idx" ON "Partner"("deletedAt", "phoneSort", "id");
CREATE INDEX "Partner_nameKey_idx" ON "Partner"("nameKey");
CREATE INDEX "Partner_emailKey_idx" ON "Partner"("emailKey");
CREATE INDEX "Partner_phoneKey_idx" ON "Partner"("phoneKey");
CREATE TABLE "new_SearchToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "module" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "recordId" TEXT NOT NULL
);
-- Hand-edited: keep every existing token, linked by the one foreign key it had.
INSERT INTO "new_SearchToken" ("id", "module", "token", "recordId") SELECT "id", "module", "token", COALESCE("clientId", "partnerId", "contactId") FROM "SearchToken" WHERE COALESCE("clientId", "partnerId", "contactId") IS NOT NULL;
DROP TABLE "SearchToken";
ALTER TABLE "new_SearchToken" RENAME TO "SearchToken";
CREATE INDEX "SearchToken_module_token_idx" ON "SearchToken"("module", "token");
CREATE INDEX "SearchToken_recordId_token_idx" ON "SearchToken"("recordId", "token");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
