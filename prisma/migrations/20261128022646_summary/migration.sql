-- CreateEnum
CREATE TYPE "SummaryPeriodKind" AS ENUM ('YEAR', 'H1', 'H2');

-- CreateTable
CREATE TABLE "SummaryDraft" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "SummaryPeriodKind" NOT NULL,
    "orgUnitId" TEXT,
    "scopeKey" TEXT NOT NULL,
    "title" TEXT,
    "opening" TEXT,
    "problems" TEXT,
    "causes" TEXT,
    "plans" TEXT,
    "clauses" JSONB NOT NULL DEFAULT '{}',
    "rounding" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "SummaryDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SummaryVersion" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT,
    "figures" JSONB NOT NULL,
    "document" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "frozenById" TEXT NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SummaryVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SummaryDraft_year_period_scopeKey_key" ON "SummaryDraft"("year", "period", "scopeKey");

-- CreateIndex
CREATE UNIQUE INDEX "SummaryVersion_draftId_number_key" ON "SummaryVersion"("draftId", "number");

-- AddForeignKey
ALTER TABLE "SummaryDraft" ADD CONSTRAINT "SummaryDraft_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SummaryVersion" ADD CONSTRAINT "SummaryVersion_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "SummaryDraft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
