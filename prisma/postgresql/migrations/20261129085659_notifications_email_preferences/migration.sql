-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailAssignments" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "emailReminders" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt", "id");
