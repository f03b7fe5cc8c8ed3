-- AlterTable
ALTER TABLE "RectificationCheckIn" ADD COLUMN     "orgUnitId" TEXT;
