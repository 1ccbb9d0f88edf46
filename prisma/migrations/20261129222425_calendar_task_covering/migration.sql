-- DropIndex
DROP INDEX "Task_assignedUserId_deletedAt_dueAt_idx";

-- CreateIndex
CREATE INDEX "Task_assignedUserId_deletedAt_dueAt_id_idx" ON "Task"("assignedUserId", "deletedAt", "dueAt", "id");
