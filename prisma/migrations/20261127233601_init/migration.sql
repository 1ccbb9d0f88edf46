-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'staff',
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "darkMode" BOOLEAN NOT NULL DEFAULT false,
    "compact" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "userAgent" TEXT,
    CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PicklistValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "list" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SearchToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "module" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "clientId" TEXT,
    "partnerId" TEXT,
    "contactId" TEXT,
    CONSTRAINT "SearchToken_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SearchToken_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SearchToken_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Favorite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Favorite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecentView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "viewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RecentView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "module" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "userId" TEXT,
    "userName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Client" (
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
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Client_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Partner" (
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
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Partner_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Contact" (
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
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Contact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Contact_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE INDEX "PicklistValue_list_position_idx" ON "PicklistValue"("list", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PicklistValue_list_value_key" ON "PicklistValue"("list", "value");

-- CreateIndex
CREATE INDEX "SearchToken_module_token_idx" ON "SearchToken"("module", "token");

-- CreateIndex
CREATE INDEX "SearchToken_clientId_idx" ON "SearchToken"("clientId");

-- CreateIndex
CREATE INDEX "SearchToken_partnerId_idx" ON "SearchToken"("partnerId");

-- CreateIndex
CREATE INDEX "SearchToken_contactId_idx" ON "SearchToken"("contactId");

-- CreateIndex
CREATE INDEX "Favorite_userId_createdAt_idx" ON "Favorite"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Favorite_userId_module_recordId_key" ON "Favorite"("userId", "module", "recordId");

-- CreateIndex
CREATE INDEX "RecentView_userId_viewedAt_idx" ON "RecentView"("userId", "viewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RecentView_userId_module_recordId_key" ON "RecentView"("userId", "module", "recordId");

-- CreateIndex
CREATE INDEX "AuditLog_module_recordId_createdAt_idx" ON "AuditLog"("module", "recordId", "createdAt");

-- CreateIndex
CREATE INDEX "Client_deletedAt_sortName_id_idx" ON "Client"("deletedAt", "sortName", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_createdAt_id_idx" ON "Client"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_updatedAt_id_idx" ON "Client"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Client_assignedUserId_deletedAt_sortName_id_idx" ON "Client"("assignedUserId", "deletedAt", "sortName", "id");

-- CreateIndex
CREATE INDEX "Client_nameKey_idx" ON "Client"("nameKey");

-- CreateIndex
CREATE INDEX "Client_emailKey_idx" ON "Client"("emailKey");

-- CreateIndex
CREATE INDEX "Client_phoneKey_idx" ON "Client"("phoneKey");

-- CreateIndex
CREATE INDEX "Client_mobileKey_idx" ON "Client"("mobileKey");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_sortName_id_idx" ON "Partner"("deletedAt", "sortName", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_createdAt_id_idx" ON "Partner"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Partner_deletedAt_updatedAt_id_idx" ON "Partner"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Partner_assignedUserId_deletedAt_sortName_id_idx" ON "Partner"("assignedUserId", "deletedAt", "sortName", "id");

-- CreateIndex
CREATE INDEX "Partner_nameKey_idx" ON "Partner"("nameKey");

-- CreateIndex
CREATE INDEX "Partner_emailKey_idx" ON "Partner"("emailKey");

-- CreateIndex
CREATE INDEX "Partner_phoneKey_idx" ON "Partner"("phoneKey");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_sortName_id_idx" ON "Contact"("deletedAt", "sortName", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_createdAt_id_idx" ON "Contact"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Contact_deletedAt_updatedAt_id_idx" ON "Contact"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Contact_assignedUserId_deletedAt_sortName_id_idx" ON "Contact"("assignedUserId", "deletedAt", "sortName", "id");

-- CreateIndex
CREATE INDEX "Contact_partnerId_deletedAt_idx" ON "Contact"("partnerId", "deletedAt");

-- CreateIndex
CREATE INDEX "Contact_nameKey_idx" ON "Contact"("nameKey");

-- CreateIndex
CREATE INDEX "Contact_emailKey_idx" ON "Contact"("emailKey");

-- CreateIndex
CREATE INDEX "Contact_phoneKey_idx" ON "Contact"("phoneKey");

-- CreateIndex
CREATE INDEX "Contact_mobileKey_idx" ON "Contact"("mobileKey");
