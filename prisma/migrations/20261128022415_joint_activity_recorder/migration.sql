-- AlterTable
ALTER TABLE "JointActivity" ADD COLUMN     "orgUnitId" TEXT;

-- CreateIndex
CREATE INDEX "JointActivity_orgUnitId_idx" ON "JointActivity"("orgUnitId");

-- AddForeignKey
ALTER TABLE "JointActivity" ADD CONSTRAINT "JointActivity_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
