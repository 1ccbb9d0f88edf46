-- AlterTable
-- Written as ADD COLUMN rather than the generator's table redefinition: a redefinition copies the columns
-- this branch knows of, and would drop any another branch adds to "User" in a migration ordered before it.
ALTER TABLE "User" ADD COLUMN "emailReminders" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "User" ADD COLUMN "emailAssignments" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt", "id");
