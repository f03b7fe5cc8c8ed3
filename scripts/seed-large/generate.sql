-- Fills an empty, migrated database with a large organ for benchmarks. Runs inside PostgreSQL
-- (INSERT … SELECT over generate_series), so a million rows take seconds, not one round trip each.
-- psql-style variables are replaced by scripts/seed-large.ts:
--   :branches  number of 党支部      :first_year / :last_year  years covered
--   :scale     multiplies every per-branch yearly count (1 = about 1 000 records per branch and year)
--   :today     the last date any record may carry
SELECT setseed(0.42);

INSERT INTO "Organ" (id, name, "isDemo", "updatedAt") VALUES ('large-organ', '大型机关（基准测试）', true, now());
INSERT INTO "OrgUnit" (id, type, name, "effectiveFrom", "updatedAt") VALUES ('lg-committee', 'COMMITTEE', '机关党委', '2015-01-01', now());
INSERT INTO "OrgUnit" (id, type, name, "parentId", "effectiveFrom", "sortOrder", "updatedAt")
SELECT 'lg-b' || n, 'BRANCH', '第' || n || '党支部', 'lg-committee', '2015-01-01', n, now() FROM generate_series(1, :branches) n;
INSERT INTO "OrgUnit" (id, type, name, "parentId", "effectiveFrom", "sortOrder", "updatedAt")
SELECT 'lg-b' || n || '-g' || g, 'GROUP', '第' || n || '支部第' || g || '党小组', 'lg-b' || n, '2015-01-01', g, now()
FROM generate_series(1, :branches) n CROSS JOIN generate_series(1, 2) g;

INSERT INTO "User" (id, username, "displayName", role, "passwordHash", "mustChangePassword", "updatedAt") VALUES
  ('lg-office', 'large-office', '党建办（基准）', 'PARTY_OFFICE', 'x', false, now()),
  ('lg-leader', 'large-leader', '党组领导（基准）', 'LEADER', 'x', false, now());

-- 25 members per branch.
INSERT INTO "Member" (id, name, gender, "birthDate", "joinedPartyOn", "updatedAt")
SELECT 'lg-m' || n || '-' || i, '党员' || n || '-' || i, (ARRAY['MALE', 'FEMALE'])[1 + (i % 2)]::"Gender",
  make_date(1965 + (i * 7 + n) % 35, 1 + i % 12, 1 + i % 28), make_date(1995 + i % 25, 7, 1), now()
FROM generate_series(1, :branches) n CROSS JOIN generate_series(1, 25) i;
INSERT INTO "Membership" (id, "memberId", "orgUnitId", "fromDate", "updatedAt")
SELECT 'lg-ms' || n || '-' || i, 'lg-m' || n || '-' || i, 'lg-b' || n, '2015-01-01', now()
FROM generate_series(1, :branches) n CROSS JOIN generate_series(1, 25) i;

-- One row per branch, year and kind-slot; a date spread over the slot's month with a day of
-- randomness, and about one slot in twenty skipped (meetings are sometimes missed).
CREATE TEMP TABLE slot AS
SELECT b.n AS branch, y.y AS year, k.kind, i.i, k.per_year,
  make_date(y.y, 1 + ((i.i - 1) * 12 / greatest(k.per_year, 1)) % 12, 1) + floor(random() * 27)::int AS date
FROM generate_series(1, :branches) b(n)
CROSS JOIN generate_series(:first_year, :last_year) y(y)
CROSS JOIN (VALUES ('COMMITTEE_MEETING', 12), ('PARTY_CONGRESS', 4), ('GROUP_MEETING', 12), ('PARTY_LECTURE', 4), ('THEME_DAY', 12),
  ('ORG_LIFE_MEETING', 1), ('DEMOCRATIC_REVIEW', 1), ('HEART_TALK', 2)) k(kind, per_year)
CROSS JOIN LATERAL generate_series(1, ceil(k.per_year * :scale)::int) i(i)
WHERE random() > 0.05;
DELETE FROM slot WHERE date > :today;

INSERT INTO "OrgLifeMeeting" (id, "orgUnitId", kind, date, topic, "expectedCount", "updatedAt")
SELECT 'lg-olm' || branch || '-' || year || '-' || kind || '-' || i,
  CASE WHEN kind = 'GROUP_MEETING' THEN 'lg-b' || branch || '-g' || (1 + i % 2) ELSE 'lg-b' || branch END,
  kind::"OrgLifeKind", date, '组织生活' || i, 25, now()
FROM slot;

-- About 18 attendance rows per meeting: the bulk of the records, as in a real organ.
INSERT INTO "OrgLifeAttendance" (id, "meetingId", "memberName", status)
SELECT m.id || '-a' || a, m.id, '党员' || a, CASE WHEN random() < 0.08 THEN 'ABSENT' ELSE 'PRESENT' END::"AttendanceStatus"
FROM "OrgLifeMeeting" m CROSS JOIN generate_series(1, 18) a;

-- Per branch and year: branch study sessions, themed activities, integrity, checks, mass activities,
-- publicity, rectification items, ideology analyses.
CREATE TEMP TABLE branch_year AS
SELECT b.n AS branch, y.y AS year, least(make_date(y.y, 12, 31), :today) - make_date(y.y, 1, 1) + 1 AS days
FROM generate_series(1, :branches) b(n) CROSS JOIN generate_series(:first_year, :last_year) y(y)
WHERE make_date(y.y, 1, 1) <= :today;

INSERT INTO "StudySession" (id, level, "orgUnitId", kind, date, topic, "updatedAt")
SELECT 'lg-ss' || branch || '-' || year || '-' || i, 'BRANCH', 'lg-b' || branch,
  (ARRAY['BRANCH_STUDY', 'ONLINE', 'READING_CLASS', 'EXPERT_LECTURE', 'FIELD_STUDY'])[1 + floor(random() * 5)::int]::"StudyKind",
  make_date(year, 1, 1) + floor(random() * days)::int, '支部学习' || i, now()
FROM branch_year CROSS JOIN LATERAL generate_series(1, ceil(12 * :scale)::int) i;
INSERT INTO "StudySpeech" (id, "sessionId", "speakerName", tag)
SELECT s.id || '-sp' || k, s.id, '发言人' || k, (ARRAY['LEADERSHIP', 'UNIT_HEAD', 'YOUTH_REP', 'OTHER'])[1 + k % 4]::"SpeakerTag"
FROM "StudySession" s CROSS JOIN generate_series(1, 3) k;

-- The Party group's central-group study: 12 sessions a year with 6 speeches each.
INSERT INTO "StudySession" (id, level, kind, date, topic, "updatedAt")
SELECT 'lg-cg' || y || '-' || i, 'PARTY_GROUP', 'CENTRAL_GROUP', make_date(y, i, 10), '中心组学习' || i, now()
FROM generate_series(:first_year, :last_year) y CROSS JOIN generate_series(1, 12) i WHERE make_date(y, i, 10) <= :today;
INSERT INTO "StudySpeech" (id, "sessionId", "speakerName", tag)
SELECT s.id || '-sp' || k, s.id, '领导' || k, 'LEADERSHIP' FROM "StudySession" s CROSS JOIN generate_series(1, 6) k WHERE s.level = 'PARTY_GROUP';

INSERT INTO "StudyForm" (id, year, name, "updatedAt")
SELECT 'lg-sf' || y || '-' || f, y, '学习形式' || f, now() FROM generate_series(:first_year, :last_year) y CROSS JOIN generate_series(1, 10) f;
INSERT INTO "StudyTask" (id, year, "formId", content, deadline, "leadUnit", status, "completedOn", "updatedAt")
SELECT 'lg-st' || y || '-' || t, y, 'lg-sf' || y || '-' || (1 + t % 10), '学习任务' || t, make_date(y, 1 + t % 12, 28), '党建办',
  CASE WHEN make_date(y, 1 + t % 12, 28) < :today AND random() < 0.9 THEN 'DONE' WHEN random() < 0.5 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END::"TaskStatus",
  CASE WHEN make_date(y, 1 + t % 12, 28) < :today THEN make_date(y, 1 + t % 12, 20) END, now()
FROM generate_series(:first_year, :last_year) y CROSS JOIN generate_series(1, 40) t;
UPDATE "StudyTask" SET "completedOn" = NULL WHERE status <> 'DONE';

INSERT INTO "ActivityVehicle" (id, year, name, "updatedAt")
SELECT 'lg-av' || y || '-' || v, y, '活动载体' || v, now() FROM generate_series(:first_year, :last_year) y CROSS JOIN generate_series(1, 5) v;
INSERT INTO "ThemedActivity" (id, "orgUnitId", "vehicleId", kind, date, title, "updatedAt")
SELECT 'lg-ta' || branch || '-' || year || '-' || i, 'lg-b' || branch, CASE WHEN random() < 0.5 THEN 'lg-av' || year || '-' || (1 + i % 5) END,
  (ARRAY['SPEECH_CONTEST', 'SKILLS_CONTEST', 'EDUCATION_BASE_VISIT', 'READING', 'LECTURE_PLATFORM', 'OTHER'])[1 + floor(random() * 6)::int]::"ThemedActivityKind",
  make_date(year, 1, 1) + floor(random() * days)::int, '主题活动' || i, now()
FROM branch_year CROSS JOIN LATERAL generate_series(1, ceil(6 * :scale)::int) i;

INSERT INTO "IntegrityActivity" (id, kind, "organiserLevel", "orgUnitId", date, title, "updatedAt")
SELECT 'lg-ia' || branch || '-' || year || '-' || i,
  (ARRAY['INTEGRITY_MEETING', 'DUTY_REPORT_MEETING', 'TALK', 'RESPONSIBILITY_LETTER', 'PROPOSAL', 'CULTURE', 'WARNING_EDUCATION'])[1 + floor(random() * 7)::int]::"IntegrityKind",
  'BRANCH', 'lg-b' || branch, make_date(year, 1, 1) + floor(random() * days)::int, '廉政活动' || i, now()
FROM branch_year CROSS JOIN LATERAL generate_series(1, ceil(8 * :scale)::int) i;

INSERT INTO "SupervisionCheck" (id, kind, target, date, "orgUnitId", "updatedAt")
SELECT 'lg-sc' || branch || '-' || year || '-' || i,
  (ARRAY['JOINT_RESEARCH', 'KEY_DEPARTMENT', 'PROJECT_REVIEW', 'SITE_INSPECTION', 'ROUTINE'])[1 + floor(random() * 5)::int]::"SupervisionCheckKind",
  '检查对象' || i, make_date(year, 1, 1) + floor(random() * days)::int, 'lg-b' || branch, now()
FROM branch_year CROSS JOIN LATERAL generate_series(1, ceil(3 * :scale)::int) i;

INSERT INTO "MassActivity" (id, kind, "orgUnitId", date, title, "participantCount", "peopleServed", "updatedAt")
SELECT 'lg-ma' || branch || '-' || year || '-' || i,
  (ARRAY['FESTIVAL', 'SPORT_CULTURE', 'VOLUNTEER', 'DUAL_REPORT', 'VILLAGE_VISIT', 'PROMOTION_MEETING', 'STUDY_VISIT', 'YOUTH_STUDY', 'YOUTH_SPEECH', 'OTHER'])[1 + floor(random() * 10)::int]::"MassActivityKind",
  'lg-b' || branch, make_date(year, 1, 1) + floor(random() * days)::int, '群团活动' || i, 20, 50, now()
FROM branch_year CROSS JOIN LATERAL generate_series(1, ceil(10 * :scale)::int) i;

INSERT INTO "PublicityItem" (id, channel, title, date, "orgUnitId", "updatedAt")
SELECT 'lg-pi' || branch || '-' || year || '-' || i, (ARRAY['WEBSITE', 'WECHAT', 'MEDIA', 'OTHER'])[1 + floor(random() * 4)::int]::"PublicityChannel",
  '宣传' || i, make_date(year, 1, 1) + floor(random() * days)::int, 'lg-b' || branch, now()
FROM branch_year CROSS JOIN LATERAL generate_series(1, ceil(10 * :scale)::int) i;

INSERT INTO "IdeologyRecord" (id, kind, year, period, date, "orgUnitId", title, "updatedAt")
SELECT 'lg-ir' || branch || '-' || year || '-' || q, 'QUARTERLY_ANALYSIS', year, q, make_date(year, q * 3, 20), 'lg-b' || branch, '季度研判', now()
FROM branch_year CROSS JOIN generate_series(1, 4) q WHERE make_date(year, q * 3, 20) <= :today AND random() > 0.1;

-- Rectification items: raised some weeks before the deadline; most closed, some late.
INSERT INTO "RectificationItem" (id, source, problem, measures, class, "orgUnitId", "ownerId", "verifierId", deadline, status, "closedOn", "createdAt", "updatedAt")
SELECT id, source::"RectificationSource", '整改问题', '整改措施', 'DEADLINE', unit, 'lg-office', 'lg-leader', deadline,
  CASE WHEN closed THEN 'CLOSED' ELSE (ARRAY['PENDING', 'IN_PROGRESS', 'AWAITING_ACCEPTANCE'])[1 + floor(random() * 3)::int] END::"RectificationStatus",
  CASE WHEN closed THEN least(deadline + floor(random() * 20)::int - 10, :today) END, created, now()
FROM (
  SELECT 'lg-ri' || branch || '-' || year || '-' || i AS id, 'lg-b' || branch AS unit,
    (ARRAY['DEMOCRATIC_LIFE', 'ORG_LIFE_MEETING', 'REVIEW_FEEDBACK', 'SUPERVISION', 'INSPECTION', 'THEME_EDUCATION', 'INTEGRITY_CHECK', 'OTHER'])[1 + floor(random() * 8)::int] AS source,
    d + 60 AS deadline, d::timestamp AS created, (d + 60 < :today - 20 AND random() < 0.85) OR random() < 0.2 AS closed
  FROM (SELECT branch, year, i, make_date(year, 1, 1) + floor(random() * days)::int AS d FROM branch_year CROSS JOIN LATERAL generate_series(1, ceil(6 * :scale)::int) i) raw
) items;

-- Supervision: four rounds a year, findings over a few branches each.
INSERT INTO "SupervisionRound" (id, kind, "periodStart", "periodEnd", focus, inspectors, "updatedAt")
SELECT 'lg-sr' || y || '-' || q, 'QUARTERLY', make_date(y, q * 3 - 2, 15), make_date(y, q * 3, 15), '季度督查', '督查组', now()
FROM generate_series(:first_year, :last_year) y CROSS JOIN generate_series(1, 4) q WHERE make_date(y, q * 3 - 2, 15) <= :today;
INSERT INTO "SupervisionFinding" (id, "roundId", scope, description, "updatedAt")
SELECT r.id || '-f' || f, r.id, CASE WHEN f % 5 = 0 THEN 'COMMON' ELSE 'INDIVIDUAL' END::"FindingScope", '督查发现问题' || f, now()
FROM "SupervisionRound" r CROSS JOIN generate_series(1, ceil(:branches * 0.1 * :scale)::int) f;
INSERT INTO "FindingBranch" ("findingId", "orgUnitId")
SELECT DISTINCT f.id, 'lg-b' || (1 + (abs(hashtext(f.id)) + k * 37) % :branches)
FROM "SupervisionFinding" f CROSS JOIN generate_series(0, 3) k WHERE k = 0 OR f.scope = 'COMMON';

-- Joint building: partners, activities each covering one to three branches.
INSERT INTO "JointPartner" (id, name, kind, "updatedAt")
SELECT 'lg-jp' || p, '共建单位' || p, (ARRAY['ENTERPRISE', 'VILLAGE', 'ORGAN', 'OTHER'])[1 + p % 4]::"PartnerKind", now() FROM generate_series(1, 20) p;
INSERT INTO "JointActivity" (id, "partnerId", date, title, "updatedAt")
SELECT 'lg-ja' || y || '-' || i, 'lg-jp' || (1 + i % 20), make_date(y, 1, 1) + floor(random() * 364)::int, '联建活动' || i, now()
FROM generate_series(:first_year, :last_year) y CROSS JOIN generate_series(1, ceil(:branches * 1.5 * :scale)::int) i;
DELETE FROM "JointActivity" WHERE date > :today;
INSERT INTO "JointActivityBranch" ("activityId", "orgUnitId")
SELECT DISTINCT a.id, 'lg-b' || (1 + (abs(hashtext(a.id)) + k * 53) % :branches)
FROM "JointActivity" a CROSS JOIN generate_series(0, 2) k WHERE k = 0 OR random() < 0.4;

INSERT INTO "IssuedDocument" (id, title, kind, date, issuer, pillar, "updatedAt")
SELECT 'lg-id' || y || '-' || i, '印发文件' || i, 'NOTICE', make_date(y, 1 + i % 12, 5), '机关党委',
  (ARRAY['EDUCATION', 'MANAGEMENT', 'INTEGRITY', 'MASS'])[1 + i % 4]::"Pillar", now()
FROM generate_series(:first_year, :last_year) y CROSS JOIN generate_series(1, 30) i WHERE make_date(y, 1 + i % 12, 5) <= :today;

-- A few soft-deleted rows, as a live database has.
UPDATE "OrgLifeMeeting" SET "deletedAt" = now() WHERE random() < 0.01;
UPDATE "MassActivity" SET "deletedAt" = now() WHERE random() < 0.01;

-- What only the annual summary states: the speech contests' entries, the youth representatives
-- sitting in on each central-group session, and the office's narrative of the last year's draft
-- (二、三、四). No random() here, and nothing above reads these rows, so every row before them
-- (what the dashboard benchmark reads) stays the same for the same flags.
UPDATE "ThemedActivity" SET "entryCount" = 5 + abs(hashtext(id)) % 26 WHERE kind = 'SPEECH_CONTEST';
INSERT INTO "StudyNonVoting" (id, "sessionId", name, tag)
SELECT s.id || '-nv' || k, s.id, '青年代表' || k, 'YOUTH_REP' FROM "StudySession" s CROSS JOIN generate_series(1, 2) k WHERE s.level = 'PARTY_GROUP';
INSERT INTO "SummaryDraft" (id, year, period, "scopeKey", problems, causes, plans, "createdById", "updatedById", "updatedAt")
SELECT 'lg-summary-' || :last_year, :last_year, 'YEAR', 'organ',
  string_agg('（' || (ARRAY['一', '二', '三', '四', '五'])[n] || '）存在问题' || n || '。' || repeat('部分党支部落实制度还有差距，工作质量有待提高；', 6), E'\n' ORDER BY n),
  string_agg('（' || (ARRAY['一', '二', '三', '四', '五'])[n] || '）原因' || n || '。' || repeat('思想认识还不够到位，统筹推进还不够有力；', 5), E'\n' ORDER BY n),
  string_agg('（' || (ARRAY['一', '二', '三', '四', '五'])[n] || '）打算' || n || '。' || repeat('持续深化理论武装，压紧压实责任，推动党建与业务深度融合；', 6), E'\n' ORDER BY n),
  'lg-office', 'lg-office', now()
FROM generate_series(1, 5) n;

ANALYZE;
