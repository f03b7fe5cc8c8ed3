-- CreateIndex
CREATE INDEX "OrgLifeMeeting_date_idx" ON "OrgLifeMeeting"("date");
