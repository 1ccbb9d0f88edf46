-- CreateIndex
CREATE INDEX "Meeting_deletedAt_startAt_endAt_assignedUserId_invitees_id_idx" ON "Meeting"("deletedAt", "startAt", "endAt", "assignedUserId", "invitees", "id");
