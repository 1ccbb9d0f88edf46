-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "cvKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "cvLatestDate" TEXT;

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "module" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT,
    "description" TEXT,
    "clientId" TEXT,
    "contactId" TEXT,
    "partnerId" TEXT,
    "file" TEXT,
    "fileName" TEXT,
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "nameSort" TEXT NOT NULL DEFAULT '',
    "categoryFr" TEXT NOT NULL DEFAULT '',
    "categoryEn" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentLink" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cv" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "clientId" TEXT,
    "file" TEXT,
    "fileName" TEXT,
    "language" TEXT,
    "cvDate" TEXT,
    "note" TEXT,
    "titleSort" TEXT NOT NULL DEFAULT '',
    "clientSort" TEXT NOT NULL DEFAULT '',
    "languageFr" TEXT NOT NULL DEFAULT '',
    "languageEn" TEXT NOT NULL DEFAULT '',
    "cvDateSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Cv_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT,
    "clientId" TEXT,
    "contactId" TEXT,
    "partnerId" TEXT,
    "attachment" TEXT,
    "attachmentName" TEXT,
    "subjectSort" TEXT NOT NULL DEFAULT '',
    "createdBySort" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_module_recordId_idx" ON "StoredFile"("module", "recordId");

-- CreateIndex
CREATE INDEX "Document_deletedAt_nameSort_id_idx" ON "Document"("deletedAt", "nameSort", "id");

-- CreateIndex
CREATE INDEX "Document_deletedAt_createdAt_id_idx" ON "Document"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Document_deletedAt_updatedAt_id_idx" ON "Document"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Document_deletedAt_categoryFr_id_idx" ON "Document"("deletedAt", "categoryFr", "id");

-- CreateIndex
CREATE INDEX "Document_deletedAt_categoryEn_id_idx" ON "Document"("deletedAt", "categoryEn", "id");

-- CreateIndex
CREATE INDEX "Document_deletedAt_createdBySort_id_idx" ON "Document"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Document_clientId_deletedAt_idx" ON "Document"("clientId", "deletedAt");

-- CreateIndex
CREATE INDEX "Document_contactId_deletedAt_idx" ON "Document"("contactId", "deletedAt");

-- CreateIndex
CREATE INDEX "Document_partnerId_deletedAt_idx" ON "Document"("partnerId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentVersion_documentId_number_key" ON "DocumentVersion"("documentId", "number");

-- CreateIndex
CREATE INDEX "DocumentLink_module_recordId_idx" ON "DocumentLink"("module", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentLink_documentId_module_recordId_key" ON "DocumentLink"("documentId", "module", "recordId");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_titleSort_id_idx" ON "Cv"("deletedAt", "titleSort", "id");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_createdAt_id_idx" ON "Cv"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_updatedAt_id_idx" ON "Cv"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_clientSort_id_idx" ON "Cv"("deletedAt", "clientSort", "id");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_languageFr_id_idx" ON "Cv"("deletedAt", "languageFr", "id");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_languageEn_id_idx" ON "Cv"("deletedAt", "languageEn", "id");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_cvDateSort_id_idx" ON "Cv"("deletedAt", "cvDateSort", "id");

-- CreateIndex
CREATE INDEX "Cv_deletedAt_createdBySort_id_idx" ON "Cv"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Cv_clientId_deletedAt_cvDateSort_idx" ON "Cv"("clientId", "deletedAt", "cvDateSort");

-- CreateIndex
CREATE INDEX "Note_deletedAt_subjectSort_id_idx" ON "Note"("deletedAt", "subjectSort", "id");

-- CreateIndex
CREATE INDEX "Note_deletedAt_createdAt_id_idx" ON "Note"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Note_deletedAt_updatedAt_id_idx" ON "Note"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Note_deletedAt_createdBySort_id_idx" ON "Note"("deletedAt", "createdBySort", "id");

-- CreateIndex
CREATE INDEX "Note_clientId_deletedAt_createdAt_idx" ON "Note"("clientId", "deletedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Note_contactId_deletedAt_createdAt_idx" ON "Note"("contactId", "deletedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Note_partnerId_deletedAt_createdAt_idx" ON "Note"("partnerId", "deletedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Client_deletedAt_cvKey_id_idx" ON "Client"("deletedAt", "cvKey", "id");

-- AddForeignKey
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentLink" ADD CONSTRAINT "DocumentLink_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (hand-written): « CV à jour » key from the typed value while a client has no CV.
UPDATE "Client" SET "cvKey" = CASE WHEN "cvUpToDate" THEN '9999-12-31' ELSE '0000-00-00' END;
