-- CreateTable
CREATE TABLE "SavedFilter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SavedFilter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ListPreference" (
    "userId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "module"),
    CONSTRAINT "ListPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SavedFilter_userId_module_isDefault_idx" ON "SavedFilter"("userId", "module", "isDefault");

-- CreateIndex
CREATE UNIQUE INDEX "SavedFilter_userId_module_name_key" ON "SavedFilter"("userId", "module", "name");

-- CreateIndex
CREATE INDEX "Client_deletedAt_fileStatus_sortName_id_idx" ON "Client"("deletedAt", "fileStatus", "sortName", "id");

-- CreateIndex
CREATE INDEX "Client_deletedAt_clientStatus_sortName_id_idx" ON "Client"("deletedAt", "clientStatus", "sortName", "id");
