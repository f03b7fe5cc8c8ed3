-- CreateEnum
CREATE TYPE "StudyLevel" AS ENUM ('PARTY_GROUP', 'BRANCH');

-- CreateEnum
CREATE TYPE "StudyKind" AS ENUM ('CENTRAL_GROUP', 'READING_CLASS', 'EXPERT_LECTURE', 'FIELD_STUDY', 'BRANCH_STUDY', 'ONLINE', 'OTHER');

-- CreateEnum
CREATE TYPE "NonVotingTag" AS ENUM ('YOUTH_REP', 'OTHER');

-- CreateEnum
CREATE TYPE "SpeakerTag" AS ENUM ('LEADERSHIP', 'UNIT_HEAD', 'YOUTH_REP', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "OrgLifeKind" AS ENUM ('PARTY_CONGRESS', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY', 'ORG_LIFE_MEETING', 'DEMOCRATIC_REVIEW', 'HEART_TALK');

-- CreateEnum
CREATE TYPE "LecturerType" AS ENUM ('SECRETARY_FIRST', 'MEMBER_LECTURE', 'LEADERSHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "AttendanceRole" AS ENUM ('EXPECTED', 'NON_VOTING');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT');

-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('OFFICIAL', 'PERSONAL', 'SICK', 'OTHER');

-- CreateEnum
CREATE TYPE "ThemedActivityKind" AS ENUM ('SPEECH_CONTEST', 'SKILLS_CONTEST', 'EDUCATION_BASE_VISIT', 'READING', 'LECTURE_PLATFORM', 'OTHER');

-- CreateEnum
CREATE TYPE "IntegrityKind" AS ENUM ('INTEGRITY_MEETING', 'DUTY_REPORT_MEETING', 'TALK', 'RESPONSIBILITY_LETTER', 'PROPOSAL', 'CULTURE', 'WARNING_EDUCATION');

-- CreateEnum
CREATE TYPE "OrganiserLevel" AS ENUM ('PARTY_GROUP', 'DISCIPLINE_COMMITTEE', 'BRANCH');

-- CreateEnum
CREATE TYPE "TalkType" AS ENUM ('INDIVIDUAL', 'COLLECTIVE', 'REMINDER');

-- CreateEnum
CREATE TYPE "LetterLevel" AS ENUM ('GROUP_TO_DEPARTMENT', 'DEPARTMENT_TO_PERSON');

-- CreateEnum
CREATE TYPE "CultureForm" AS ENUM ('ACTION_PLAN', 'LECTURE', 'STUDY_SEMINAR', 'EXPERIENCE_SHARING', 'EXHIBITION', 'VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "WarningForm" AS ENUM ('CASE_COMPILATION', 'EXPERT_LECTURE', 'VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "SupervisionCheckKind" AS ENUM ('JOINT_RESEARCH', 'KEY_DEPARTMENT', 'PROJECT_REVIEW', 'SITE_INSPECTION', 'ROUTINE');

-- CreateEnum
CREATE TYPE "Pillar" AS ENUM ('EDUCATION', 'MANAGEMENT', 'INTEGRITY', 'MASS');

-- CreateEnum
CREATE TYPE "WorkListKind" AS ENUM ('WORK_POINTS', 'PARTY_GROUP_RESPONSIBILITY', 'BRANCH_RESPONSIBILITY', 'BRANCH_STANDARDS', 'IDEOLOGY_POINTS', 'DISCIPLINE_POINTS');

-- CreateEnum
CREATE TYPE "IndicatorType" AS ENUM ('INCENTIVE', 'CONSTRAINT');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('NOTICE', 'WORK_POINTS', 'PLAN', 'LIST', 'COMPILATION', 'PROPOSAL', 'OTHER');

-- CreateEnum
CREATE TYPE "AgendaTopic" AS ENUM ('PARTY_BUILDING', 'IDEOLOGY', 'INTEGRITY', 'OTHER');

-- CreateEnum
CREATE TYPE "SupervisionKind" AS ENUM ('QUARTERLY', 'ANNUAL', 'SPECIAL');

-- CreateEnum
CREATE TYPE "FindingScope" AS ENUM ('COMMON', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "EvaluationGrade" AS ENUM ('GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR');

-- CreateEnum
CREATE TYPE "RectificationSource" AS ENUM ('DEMOCRATIC_LIFE', 'ORG_LIFE_MEETING', 'REVIEW_FEEDBACK', 'SUPERVISION', 'INSPECTION', 'THEME_EDUCATION', 'INTEGRITY_CHECK', 'OTHER');

-- CreateEnum
CREATE TYPE "RectificationClass" AS ENUM ('IMMEDIATE', 'DEADLINE', 'LONG_TERM');

-- CreateEnum
CREATE TYPE "RectificationStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'AWAITING_ACCEPTANCE', 'CLOSED');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('ENTERPRISE', 'VILLAGE', 'ORGAN', 'OTHER');

-- CreateEnum
CREATE TYPE "JointListKind" AS ENUM ('DIFFICULTIES', 'INNOVATIONS', 'POLICIES', 'OUTCOMES');

-- CreateEnum
CREATE TYPE "PublicityChannel" AS ENUM ('WEBSITE', 'WECHAT', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "IdeologyRecordKind" AS ENUM ('QUARTERLY_ANALYSIS', 'HALF_YEAR_SUMMARY');

-- CreateEnum
CREATE TYPE "MassOrganizationKind" AS ENUM ('TRADE_UNION', 'YOUTH', 'WOMEN', 'CIVILIZATION_GROUP', 'TASK_FORCE');

-- CreateEnum
CREATE TYPE "MassActivityKind" AS ENUM ('FESTIVAL', 'SPORT_CULTURE', 'VOLUNTEER', 'DUAL_REPORT', 'VILLAGE_VISIT', 'PROMOTION_MEETING', 'STUDY_VISIT', 'YOUTH_STUDY', 'YOUTH_SPEECH', 'OTHER');

-- CreateEnum
CREATE TYPE "NotificationLevel" AS ENUM ('INFO', 'YELLOW', 'RED', 'OVERDUE');

-- CreateTable
CREATE TABLE "StudySession" (
    "id" TEXT NOT NULL,
    "level" "StudyLevel" NOT NULL,
    "orgUnitId" TEXT,
    "kind" "StudyKind" NOT NULL,
    "date" DATE NOT NULL,
    "durationMinutes" INTEGER,
    "place" TEXT,
    "topic" TEXT NOT NULL,
    "content" TEXT,
    "outsideAttendeeCount" INTEGER NOT NULL DEFAULT 0,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "StudySession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyAttendee" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "StudyAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyNonVoting" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "memberId" TEXT,
    "name" TEXT NOT NULL,
    "tag" "NonVotingTag" NOT NULL,

    CONSTRAINT "StudyNonVoting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudySpeech" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "memberId" TEXT,
    "speakerName" TEXT NOT NULL,
    "topic" TEXT,
    "tag" "SpeakerTag" NOT NULL,

    CONSTRAINT "StudySpeech_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyForm" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "StudyForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyTask" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "formId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "leadUnit" TEXT NOT NULL,
    "responsibleUnits" TEXT[],
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "completedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "StudyTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyTaskSession" (
    "taskId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,

    CONSTRAINT "StudyTaskSession_pkey" PRIMARY KEY ("taskId","sessionId")
);

-- CreateTable
CREATE TABLE "BookDistribution" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "copies" INTEGER NOT NULL,
    "recipients" TEXT NOT NULL,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "BookDistribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgLifeMeeting" (
    "id" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "kind" "OrgLifeKind" NOT NULL,
    "date" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "hostName" TEXT,
    "minutes" TEXT,
    "studiedBusiness" BOOLEAN NOT NULL DEFAULT false,
    "lecturerMemberId" TEXT,
    "lecturerName" TEXT,
    "lecturerType" "LecturerType",
    "expectedCount" INTEGER NOT NULL DEFAULT 0,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "OrgLifeMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgLifeAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT,
    "memberName" TEXT NOT NULL,
    "role" "AttendanceRole" NOT NULL DEFAULT 'EXPECTED',
    "status" "AttendanceStatus" NOT NULL DEFAULT 'PRESENT',
    "absenceReason" "AbsenceReason",
    "note" TEXT,

    CONSTRAINT "OrgLifeAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityVehicle" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "ActivityVehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemedActivity" (
    "id" TEXT NOT NULL,
    "orgUnitId" TEXT,
    "vehicleId" TEXT,
    "kind" "ThemedActivityKind" NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "organiser" TEXT,
    "participantCount" INTEGER NOT NULL DEFAULT 0,
    "entryCount" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "ThemedActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityActivity" (
    "id" TEXT NOT NULL,
    "kind" "IntegrityKind" NOT NULL,
    "organiserLevel" "OrganiserLevel" NOT NULL,
    "orgUnitId" TEXT,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT,
    "participantCount" INTEGER NOT NULL DEFAULT 0,
    "talkType" "TalkType",
    "talker" TEXT,
    "talkee" TEXT,
    "letterLevel" "LetterLevel",
    "lettersSigned" INTEGER,
    "cultureForm" "CultureForm",
    "warningForm" "WarningForm",
    "peopleReached" INTEGER,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "IntegrityActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionCheck" (
    "id" TEXT NOT NULL,
    "kind" "SupervisionCheckKind" NOT NULL,
    "target" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "findings" TEXT,
    "orgUnitId" TEXT,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "SupervisionCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkTask" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "listKind" "WorkListKind" NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "responsibleLeaderId" TEXT,
    "orgUnitId" TEXT,
    "department" TEXT,
    "deadline" DATE,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "completedOn" DATE,
    "sourceSummaryRef" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "WorkTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BranchStandard" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "indicatorType" "IndicatorType" NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 0,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "BranchStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BranchAssessment" (
    "id" TEXT NOT NULL,
    "standardId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "met" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "BranchAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeTerm" (
    "id" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "CommitteeTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "docNumber" TEXT,
    "kind" "DocumentKind" NOT NULL,
    "date" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "pillar" "Pillar" NOT NULL,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionRequest" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "dueDate" DATE NOT NULL,
    "orgUnitIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "SubmissionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "note" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyGroupMeeting" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "PartyGroupMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "topic" "AgendaTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "decision" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionRound" (
    "id" TEXT NOT NULL,
    "kind" "SupervisionKind" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "focus" TEXT NOT NULL,
    "inspectors" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "SupervisionRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionBranch" (
    "roundId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,

    CONSTRAINT "SupervisionBranch_pkey" PRIMARY KEY ("roundId","orgUnitId")
);

-- CreateTable
CREATE TABLE "SupervisionFinding" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "scope" "FindingScope" NOT NULL,
    "description" TEXT NOT NULL,
    "severity" "Severity" NOT NULL DEFAULT 'MEDIUM',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "SupervisionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingBranch" (
    "findingId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,

    CONSTRAINT "FindingBranch_pkey" PRIMARY KEY ("findingId","orgUnitId")
);

-- CreateTable
CREATE TABLE "BranchEvaluation" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "secretary" TEXT,
    "grade" "EvaluationGrade" NOT NULL,
    "score" INTEGER,
    "feedback" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "BranchEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationPlan" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "source" "RectificationSource" NOT NULL,
    "sourceRecordType" TEXT,
    "sourceRecordId" TEXT,
    "orgUnitId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "RectificationPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT,
    "source" "RectificationSource" NOT NULL,
    "sourceRecordType" TEXT,
    "sourceRecordId" TEXT,
    "findingId" TEXT,
    "problem" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "class" "RectificationClass" NOT NULL,
    "responsibleLeaderId" TEXT,
    "orgUnitId" TEXT,
    "department" TEXT,
    "ownerId" TEXT NOT NULL,
    "verifierId" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "RectificationStatus" NOT NULL DEFAULT 'PENDING',
    "closedOn" DATE,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "RectificationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationCheckIn" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "progress" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RectificationCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationEvent" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" "RectificationStatus",
    "toStatus" "RectificationStatus",
    "comment" TEXT,

    CONSTRAINT "RectificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointPartner" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "agreement" TEXT,
    "signedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "JointPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointActivity" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "JointActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointActivityBranch" (
    "activityId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,

    CONSTRAINT "JointActivityBranch_pkey" PRIMARY KEY ("activityId","orgUnitId")
);

-- CreateTable
CREATE TABLE "JointListEntry" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "listKind" "JointListKind" NOT NULL,
    "content" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "JointListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicityItem" (
    "id" TEXT NOT NULL,
    "channel" "PublicityChannel" NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "orgUnitId" TEXT,
    "link" TEXT,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "PublicityItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeologyRecord" (
    "id" TEXT NOT NULL,
    "kind" "IdeologyRecordKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "period" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "orgUnitId" TEXT,
    "title" TEXT NOT NULL,
    "content" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "IdeologyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyTraining" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "organiser" TEXT,
    "participantCount" INTEGER NOT NULL DEFAULT 0,
    "content" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "PartyTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemocraticLifeMeeting" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "DemocraticLifeMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MassOrganization" (
    "id" TEXT NOT NULL,
    "kind" "MassOrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "MassOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MassActivity" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "kind" "MassActivityKind" NOT NULL,
    "orgUnitId" TEXT,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "organiser" TEXT,
    "participantCount" INTEGER NOT NULL DEFAULT 0,
    "services" TEXT[],
    "peopleServed" INTEGER,
    "festival" TEXT,
    "outcome" TEXT,
    "campaignIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "MassActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "orgUnitId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" "NotificationLevel" NOT NULL DEFAULT 'INFO',
    "recordType" TEXT,
    "recordId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "StudySession_level_date_idx" ON "StudySession"("level", "date");

-- CreateIndex
CREATE INDEX "StudySession_orgUnitId_date_idx" ON "StudySession"("orgUnitId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "StudyAttendee_sessionId_memberId_key" ON "StudyAttendee"("sessionId", "memberId");

-- CreateIndex
CREATE INDEX "StudyNonVoting_sessionId_idx" ON "StudyNonVoting"("sessionId");

-- CreateIndex
CREATE INDEX "StudySpeech_sessionId_idx" ON "StudySpeech"("sessionId");

-- CreateIndex
CREATE INDEX "StudyForm_year_idx" ON "StudyForm"("year");

-- CreateIndex
CREATE INDEX "StudyTask_year_deadline_idx" ON "StudyTask"("year", "deadline");

-- CreateIndex
CREATE INDEX "BookDistribution_date_idx" ON "BookDistribution"("date");

-- CreateIndex
CREATE INDEX "OrgLifeMeeting_orgUnitId_date_idx" ON "OrgLifeMeeting"("orgUnitId", "date");

-- CreateIndex
CREATE INDEX "OrgLifeMeeting_kind_date_idx" ON "OrgLifeMeeting"("kind", "date");

-- CreateIndex
CREATE INDEX "OrgLifeAttendance_meetingId_idx" ON "OrgLifeAttendance"("meetingId");

-- CreateIndex
CREATE INDEX "ActivityVehicle_year_idx" ON "ActivityVehicle"("year");

-- CreateIndex
CREATE INDEX "ThemedActivity_orgUnitId_date_idx" ON "ThemedActivity"("orgUnitId", "date");

-- CreateIndex
CREATE INDEX "ThemedActivity_vehicleId_idx" ON "ThemedActivity"("vehicleId");

-- CreateIndex
CREATE INDEX "IntegrityActivity_kind_date_idx" ON "IntegrityActivity"("kind", "date");

-- CreateIndex
CREATE INDEX "IntegrityActivity_orgUnitId_date_idx" ON "IntegrityActivity"("orgUnitId", "date");

-- CreateIndex
CREATE INDEX "SupervisionCheck_kind_date_idx" ON "SupervisionCheck"("kind", "date");

-- CreateIndex
CREATE INDEX "WorkTask_year_listKind_idx" ON "WorkTask"("year", "listKind");

-- CreateIndex
CREATE INDEX "BranchStandard_year_idx" ON "BranchStandard"("year");

-- CreateIndex
CREATE UNIQUE INDEX "BranchAssessment_standardId_orgUnitId_key" ON "BranchAssessment"("standardId", "orgUnitId");

-- CreateIndex
CREATE INDEX "CommitteeTerm_orgUnitId_endDate_idx" ON "CommitteeTerm"("orgUnitId", "endDate");

-- CreateIndex
CREATE INDEX "IssuedDocument_date_idx" ON "IssuedDocument"("date");

-- CreateIndex
CREATE INDEX "SubmissionRequest_dueDate_idx" ON "SubmissionRequest"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_requestId_orgUnitId_key" ON "Submission"("requestId", "orgUnitId");

-- CreateIndex
CREATE INDEX "PartyGroupMeeting_date_idx" ON "PartyGroupMeeting"("date");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_idx" ON "AgendaItem"("meetingId");

-- CreateIndex
CREATE INDEX "SupervisionRound_periodStart_idx" ON "SupervisionRound"("periodStart");

-- CreateIndex
CREATE INDEX "SupervisionFinding_roundId_idx" ON "SupervisionFinding"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "BranchEvaluation_year_orgUnitId_key" ON "BranchEvaluation"("year", "orgUnitId");

-- CreateIndex
CREATE INDEX "RectificationPlan_year_idx" ON "RectificationPlan"("year");

-- CreateIndex
CREATE INDEX "RectificationItem_status_deadline_idx" ON "RectificationItem"("status", "deadline");

-- CreateIndex
CREATE INDEX "RectificationItem_orgUnitId_status_idx" ON "RectificationItem"("orgUnitId", "status");

-- CreateIndex
CREATE INDEX "RectificationItem_planId_idx" ON "RectificationItem"("planId");

-- CreateIndex
CREATE INDEX "RectificationCheckIn_itemId_date_idx" ON "RectificationCheckIn"("itemId", "date");

-- CreateIndex
CREATE INDEX "RectificationEvent_itemId_at_idx" ON "RectificationEvent"("itemId", "at");

-- CreateIndex
CREATE INDEX "JointActivity_date_idx" ON "JointActivity"("date");

-- CreateIndex
CREATE INDEX "JointActivityBranch_orgUnitId_idx" ON "JointActivityBranch"("orgUnitId");

-- CreateIndex
CREATE INDEX "JointListEntry_partnerId_idx" ON "JointListEntry"("partnerId");

-- CreateIndex
CREATE INDEX "PublicityItem_date_idx" ON "PublicityItem"("date");

-- CreateIndex
CREATE INDEX "IdeologyRecord_year_kind_idx" ON "IdeologyRecord"("year", "kind");

-- CreateIndex
CREATE INDEX "PartyTraining_date_idx" ON "PartyTraining"("date");

-- CreateIndex
CREATE INDEX "DemocraticLifeMeeting_date_idx" ON "DemocraticLifeMeeting"("date");

-- CreateIndex
CREATE INDEX "MassActivity_kind_date_idx" ON "MassActivity"("kind", "date");

-- CreateIndex
CREATE INDEX "MassActivity_orgUnitId_date_idx" ON "MassActivity"("orgUnitId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_recordType_recordId_idx" ON "Attachment"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "StudySession" ADD CONSTRAINT "StudySession_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAttendee" ADD CONSTRAINT "StudyAttendee_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "StudySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAttendee" ADD CONSTRAINT "StudyAttendee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyNonVoting" ADD CONSTRAINT "StudyNonVoting_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "StudySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyNonVoting" ADD CONSTRAINT "StudyNonVoting_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudySpeech" ADD CONSTRAINT "StudySpeech_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "StudySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudySpeech" ADD CONSTRAINT "StudySpeech_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyTask" ADD CONSTRAINT "StudyTask_formId_fkey" FOREIGN KEY ("formId") REFERENCES "StudyForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyTaskSession" ADD CONSTRAINT "StudyTaskSession_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "StudyTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyTaskSession" ADD CONSTRAINT "StudyTaskSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "StudySession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLifeMeeting" ADD CONSTRAINT "OrgLifeMeeting_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLifeMeeting" ADD CONSTRAINT "OrgLifeMeeting_lecturerMemberId_fkey" FOREIGN KEY ("lecturerMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLifeAttendance" ADD CONSTRAINT "OrgLifeAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "OrgLifeMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgLifeAttendance" ADD CONSTRAINT "OrgLifeAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityVehicle" ADD CONSTRAINT "ActivityVehicle_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemedActivity" ADD CONSTRAINT "ThemedActivity_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemedActivity" ADD CONSTRAINT "ThemedActivity_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "ActivityVehicle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityActivity" ADD CONSTRAINT "IntegrityActivity_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionCheck" ADD CONSTRAINT "SupervisionCheck_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkTask" ADD CONSTRAINT "WorkTask_responsibleLeaderId_fkey" FOREIGN KEY ("responsibleLeaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkTask" ADD CONSTRAINT "WorkTask_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BranchAssessment" ADD CONSTRAINT "BranchAssessment_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "BranchStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BranchAssessment" ADD CONSTRAINT "BranchAssessment_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeTerm" ADD CONSTRAINT "CommitteeTerm_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SubmissionRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "PartyGroupMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionBranch" ADD CONSTRAINT "SupervisionBranch_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SupervisionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionBranch" ADD CONSTRAINT "SupervisionBranch_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionFinding" ADD CONSTRAINT "SupervisionFinding_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "SupervisionRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingBranch" ADD CONSTRAINT "FindingBranch_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "SupervisionFinding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingBranch" ADD CONSTRAINT "FindingBranch_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BranchEvaluation" ADD CONSTRAINT "BranchEvaluation_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationPlan" ADD CONSTRAINT "RectificationPlan_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationItem" ADD CONSTRAINT "RectificationItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RectificationPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationItem" ADD CONSTRAINT "RectificationItem_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "SupervisionFinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationItem" ADD CONSTRAINT "RectificationItem_responsibleLeaderId_fkey" FOREIGN KEY ("responsibleLeaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationItem" ADD CONSTRAINT "RectificationItem_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationItem" ADD CONSTRAINT "RectificationItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationItem" ADD CONSTRAINT "RectificationItem_verifierId_fkey" FOREIGN KEY ("verifierId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationCheckIn" ADD CONSTRAINT "RectificationCheckIn_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RectificationItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RectificationItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointActivity" ADD CONSTRAINT "JointActivity_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "JointPartner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointActivityBranch" ADD CONSTRAINT "JointActivityBranch_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "JointActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointActivityBranch" ADD CONSTRAINT "JointActivityBranch_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointListEntry" ADD CONSTRAINT "JointListEntry_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "JointPartner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicityItem" ADD CONSTRAINT "PublicityItem_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeologyRecord" ADD CONSTRAINT "IdeologyRecord_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MassActivity" ADD CONSTRAINT "MassActivity_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "MassOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MassActivity" ADD CONSTRAINT "MassActivity_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
