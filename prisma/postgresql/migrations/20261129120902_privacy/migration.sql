-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "legalHold" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ClientConsent" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "noticeVersion" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "givenOn" TEXT NOT NULL,
    "recordedById" TEXT,
    "recordedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnOn" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawnBy" TEXT,

    CONSTRAINT "ClientConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" TEXT NOT NULL,
    "clientId" TEXT,
    "clientName" TEXT NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "note" TEXT,
    "handledById" TEXT,
    "handledBy" TEXT NOT NULL DEFAULT '',
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClientConsent_clientId_purpose_withdrawnAt_idx" ON "ClientConsent"("clientId", "purpose", "withdrawnAt");

-- CreateIndex
CREATE INDEX "ClientConsent_purpose_withdrawnAt_clientId_idx" ON "ClientConsent"("purpose", "withdrawnAt", "clientId");

-- CreateIndex
CREATE INDEX "AccessRequest_status_dueOn_id_idx" ON "AccessRequest"("status", "dueOn", "id");

-- CreateIndex
CREATE INDEX "AccessRequest_receivedOn_id_idx" ON "AccessRequest"("receivedOn", "id");

-- AddForeignKey
ALTER TABLE "ClientConsent" ADD CONSTRAINT "ClientConsent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
