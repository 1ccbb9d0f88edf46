-- CreateTable
CREATE TABLE "ClientConsent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "noticeVersion" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "givenOn" TEXT NOT NULL,
    "recordedById" TEXT,
    "recordedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnOn" TEXT,
    "withdrawnAt" DATETIME,
    "withdrawnById" TEXT,
    "withdrawnBy" TEXT,
    CONSTRAINT "ClientConsent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT,
    "clientName" TEXT NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "note" TEXT,
    "handledById" TEXT,
    "handledBy" TEXT NOT NULL DEFAULT '',
    "doneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable (hand-written ADD COLUMN: other branches change "Client" in parallel, a table rebuild would drop their columns)
ALTER TABLE "Client" ADD COLUMN "legalHold" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "ClientConsent_clientId_purpose_withdrawnAt_idx" ON "ClientConsent"("clientId", "purpose", "withdrawnAt");

-- CreateIndex
CREATE INDEX "ClientConsent_purpose_withdrawnAt_clientId_idx" ON "ClientConsent"("purpose", "withdrawnAt", "clientId");

-- CreateIndex
CREATE INDEX "AccessRequest_status_dueOn_id_idx" ON "AccessRequest"("status", "dueOn", "id");

-- CreateIndex
CREATE INDEX "AccessRequest_receivedOn_id_idx" ON "AccessRequest"("receivedOn", "id");
