-- Baseline for the dashboard benchmark: the leadership dashboard's figures for one whole year
-- (every branch), written by hand as plain aggregates. scripts/bench/dashboard.ts runs each
-- statement below through `pg` with $1 = the year and $2 = today ('YYYY-MM-DD'), and compares
-- the time with the dashboard's own data function on the same database in the same run.
-- Statements are separated by lines starting with "-- statement:". Organisational-life
-- frequencies are the defaults (the benchmark database stores no setting).

-- statement: headlines
WITH p AS (
  SELECT make_date($1::int, 1, 1) AS cs, make_date($1::int, 12, 31) AS ce,
    make_date($1::int - 1, 1, 1) AS ls, make_date($1::int - 1, 12, 31) AS le,
    make_date($1::int, 6, 30) AS h1e, make_date($1::int, 7, 1) AS h2s, $2::date AS today
)
SELECT
  (SELECT json_build_array(count(*) FILTER (WHERE date >= cs), count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s))
     FROM "StudySession", p WHERE level = 'PARTY_GROUP' AND "deletedAt" IS NULL AND date BETWEEN ls AND ce) AS central_sessions,
  (SELECT json_build_array(count(*) FILTER (WHERE s.date >= cs), count(*) FILTER (WHERE s.date <= le), count(*) FILTER (WHERE s.date BETWEEN cs AND h1e), count(*) FILTER (WHERE s.date >= h2s))
     FROM "StudySpeech" sp JOIN "StudySession" s ON s.id = sp."sessionId", p WHERE s.level = 'PARTY_GROUP' AND s."deletedAt" IS NULL AND s.date BETWEEN ls AND ce) AS central_speeches,
  (SELECT json_build_array(count(*) FILTER (WHERE t.deadline >= cs AND t.status = 'DONE'), count(*) FILTER (WHERE t.deadline <= le AND t.status = 'DONE'),
      count(*) FILTER (WHERE t.deadline BETWEEN cs AND h1e AND t.status = 'DONE'), count(*) FILTER (WHERE t.deadline >= h2s AND t.status = 'DONE'),
      count(*) FILTER (WHERE t.deadline >= cs AND t.status <> 'DONE' AND t.deadline < today), count(*) FILTER (WHERE t.deadline <= le AND t.status <> 'DONE' AND t.deadline < today))
     FROM "StudyTask" t JOIN "StudyForm" f ON f.id = t."formId", p
     WHERE t."deletedAt" IS NULL AND f."deletedAt" IS NULL AND t.deadline BETWEEN ls AND ce) AS checklist,
  (SELECT json_build_array(count(*) FILTER (WHERE date >= cs), count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s))
     FROM "ThemedActivity", p WHERE "deletedAt" IS NULL AND date BETWEEN ls AND ce) AS themed,
  (SELECT json_build_array(count(*) FILTER (WHERE r.date >= cs), count(*) FILTER (WHERE r.date <= le), count(*) FILTER (WHERE r.date BETWEEN cs AND h1e), count(*) FILTER (WHERE r.date >= h2s),
      count(*) FILTER (WHERE r.date >= cs AND f.scope = 'COMMON'), count(*) FILTER (WHERE r.date >= cs AND f.scope = 'INDIVIDUAL'))
     FROM "SupervisionFinding" f JOIN (SELECT id, "periodStart" AS date FROM "SupervisionRound" WHERE "deletedAt" IS NULL) r ON r.id = f."roundId", p
     WHERE f."deletedAt" IS NULL AND r.date BETWEEN ls AND ce) AS findings,
  (SELECT json_build_array(
      count(*) FILTER (WHERE deadline >= cs), count(*) FILTER (WHERE deadline <= le), count(*) FILTER (WHERE deadline BETWEEN cs AND h1e), count(*) FILTER (WHERE deadline >= h2s),
      count(*) FILTER (WHERE deadline >= cs AND status = 'PENDING'), count(*) FILTER (WHERE deadline >= cs AND status = 'IN_PROGRESS'),
      count(*) FILTER (WHERE deadline >= cs AND status = 'AWAITING_ACCEPTANCE'), count(*) FILTER (WHERE deadline >= cs AND status = 'CLOSED'),
      count(*) FILTER (WHERE deadline >= cs AND status <> 'CLOSED' AND deadline < today), count(*) FILTER (WHERE deadline <= le AND status <> 'CLOSED' AND deadline < today),
      round(100.0 * count(*) FILTER (WHERE deadline >= cs AND status = 'CLOSED') / nullif(count(*) FILTER (WHERE deadline >= cs), 0), 1),
      round(avg("closedOn" - ("createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date) FILTER (WHERE deadline >= cs AND status = 'CLOSED'), 1),
      round(avg("closedOn" - ("createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date) FILTER (WHERE deadline <= le AND status = 'CLOSED'), 1))
     FROM "RectificationItem", p WHERE "deletedAt" IS NULL AND deadline BETWEEN ls AND ce) AS rectification,
  (SELECT json_object_agg(source, n) FROM (SELECT source, count(*) AS n FROM "RectificationItem", p WHERE "deletedAt" IS NULL AND deadline BETWEEN cs AND ce GROUP BY source) x) AS rectification_by_source,
  (SELECT json_build_array(count(*) FILTER (WHERE date >= cs), count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s))
     FROM "PublicityItem", p WHERE "deletedAt" IS NULL AND date BETWEEN ls AND ce) AS publicity,
  (SELECT json_object_agg(channel, n) FROM (SELECT channel, count(*) AS n FROM "PublicityItem", p WHERE "deletedAt" IS NULL AND date BETWEEN cs AND ce GROUP BY channel) x) AS publicity_by_channel,
  (SELECT json_build_array(count(*) FILTER (WHERE date >= cs), count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s))
     FROM "IdeologyRecord", p WHERE "deletedAt" IS NULL AND kind = 'QUARTERLY_ANALYSIS' AND date BETWEEN ls AND ce) AS ideology,
  (SELECT json_build_array(count(*) FILTER (WHERE date >= cs), count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s))
     FROM "IssuedDocument", p WHERE "deletedAt" IS NULL AND date BETWEEN ls AND ce) AS documents,
  (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM "IntegrityActivity", p WHERE "deletedAt" IS NULL AND date BETWEEN cs AND ce GROUP BY kind) x) AS integrity_by_kind,
  (SELECT json_build_array(count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s))
     FROM "IntegrityActivity", p WHERE "deletedAt" IS NULL AND date BETWEEN ls AND ce) AS integrity,
  (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM "SupervisionCheck", p WHERE "deletedAt" IS NULL AND date BETWEEN cs AND ce GROUP BY kind) x) AS checks_by_kind,
  (SELECT json_build_array(count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s))
     FROM "SupervisionCheck", p WHERE "deletedAt" IS NULL AND date BETWEEN ls AND ce) AS checks,
  (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM "MassActivity", p WHERE "deletedAt" IS NULL AND date BETWEEN cs AND ce GROUP BY kind) x) AS mass_by_kind,
  (SELECT json_build_array(count(*) FILTER (WHERE date <= le), count(*) FILTER (WHERE date BETWEEN cs AND h1e), count(*) FILTER (WHERE date >= h2s),
      count(*) FILTER (WHERE kind = 'VILLAGE_VISIT' AND date >= cs), count(*) FILTER (WHERE kind = 'VILLAGE_VISIT' AND date <= le))
     FROM "MassActivity", p WHERE "deletedAt" IS NULL AND date BETWEEN ls AND ce) AS mass;

-- statement: org-life completion per period (this year, last year, each half)
WITH p AS (SELECT $2::date AS today),
periods(label, ps, pe) AS (
  VALUES ('year', make_date($1::int, 1, 1), make_date($1::int, 12, 31)), ('lastYear', make_date($1::int - 1, 1, 1), make_date($1::int - 1, 12, 31)),
    ('h1', make_date($1::int, 1, 1), make_date($1::int, 6, 30)), ('h2', make_date($1::int, 7, 1), make_date($1::int, 12, 31))
),
freq(kind, span) AS (VALUES ('PARTY_CONGRESS', 3), ('COMMITTEE_MEETING', 1), ('GROUP_MEETING', 1), ('PARTY_LECTURE', 3), ('THEME_DAY', 1), ('ORG_LIFE_MEETING', 12), ('DEMOCRATIC_REVIEW', 12)),
owing AS (
  SELECT f.kind, f.span, b.id AS unit_id FROM freq f CROSS JOIN "OrgUnit" b WHERE b.type = 'BRANCH' AND b."deletedAt" IS NULL AND f.kind <> 'GROUP_MEETING'
  UNION ALL
  SELECT f.kind, f.span, g.id FROM freq f CROSS JOIN "OrgUnit" g JOIN "OrgUnit" b ON b.id = g."parentId" AND b.type = 'BRANCH' AND b."deletedAt" IS NULL
  WHERE g.type = 'GROUP' AND g."deletedAt" IS NULL AND f.kind = 'GROUP_MEETING'
),
slots AS (
  SELECT o.kind, o.unit_id, s::date AS start, (s + make_interval(months => o.span) - interval '1 day')::date AS finish
  FROM owing o CROSS JOIN generate_series(make_date($1::int - 1, 1, 1), make_date($1::int, 12, 1), make_interval(months => 1)) s
  WHERE (extract(month FROM s)::int - 1) % o.span = 0
),
held AS (
  SELECT sl.*, EXISTS (SELECT 1 FROM "OrgLifeMeeting" m WHERE m."orgUnitId" = sl.unit_id AND m.kind::text = sl.kind AND m."deletedAt" IS NULL AND m.date BETWEEN sl.start AND sl.finish) AS met
  FROM slots sl, p WHERE sl.start <= p.today
)
SELECT pr.label, round(100.0 * count(*) FILTER (WHERE h.met) / nullif(count(*), 0), 1) AS completion
FROM periods pr JOIN held h ON h.start <= pr.pe AND h.finish >= pr.ps GROUP BY pr.label;

-- statement: joint-building coverage per half, three years
WITH halves AS (
  SELECT y, h, make_date(y, h * 6 - 5, 1) AS hs, (make_date(y, h * 6 - 5, 1) + interval '6 months' - interval '1 day')::date AS he
  FROM generate_series($1::int - 2, $1::int) y CROSS JOIN generate_series(1, 2) h WHERE make_date(y, h * 6 - 5, 1) <= $2::date
)
SELECT y, h, round(100.0 * count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM "JointActivityBranch" jb JOIN "JointActivity" a ON a.id = jb."activityId"
    WHERE jb."orgUnitId" = b.id AND a."deletedAt" IS NULL AND a.date BETWEEN hs AND he)) / nullif(count(*), 0), 1) AS coverage,
  count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM "JointActivityBranch" jb JOIN "JointActivity" a ON a.id = jb."activityId"
    WHERE jb."orgUnitId" = b.id AND a."deletedAt" IS NULL AND a.date BETWEEN hs AND he)) AS covered
FROM halves CROSS JOIN "OrgUnit" b WHERE b.type = 'BRANCH' AND b."deletedAt" IS NULL GROUP BY y, h;

-- statement: activity by month and pillar
SELECT pillar, extract(month FROM date)::int AS month, count(*) FROM (
  SELECT 'EDUCATION' AS pillar, date FROM "StudySession" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  UNION ALL SELECT 'EDUCATION', date FROM "OrgLifeMeeting" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  UNION ALL SELECT 'EDUCATION', date FROM "ThemedActivity" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  UNION ALL SELECT 'MANAGEMENT', date FROM "PublicityItem" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  UNION ALL SELECT 'MANAGEMENT', date FROM "JointActivity" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  UNION ALL SELECT 'INTEGRITY', date FROM "IntegrityActivity" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  UNION ALL SELECT 'INTEGRITY', date FROM "SupervisionCheck" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  UNION ALL SELECT 'MASS', date FROM "MassActivity" WHERE "deletedAt" IS NULL AND date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
) activity GROUP BY 1, 2;

-- statement: organisational-life heatmap (branch × month)
SELECT coalesce(p.name, u.name) AS branch, extract(month FROM m.date)::int AS month, count(*)
FROM "OrgLifeMeeting" m JOIN "OrgUnit" u ON u.id = m."orgUnitId" LEFT JOIN "OrgUnit" p ON p.id = u."parentId" AND u.type = 'GROUP'
WHERE m."deletedAt" IS NULL AND m.date BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
GROUP BY 1, 2;

-- statement: rectification burn-down (open at each month's end up to today)
SELECT e.month_end, count(i.id) FROM (
  SELECT (make_date($1::int, m, 1) + interval '1 month' - interval '1 day')::date AS month_end
  FROM generate_series(1, 12) m WHERE make_date($1::int, m, 1) <= $2::date
) e LEFT JOIN "RectificationItem" i ON i."deletedAt" IS NULL
  AND (i."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date <= e.month_end
  AND NOT (i.status = 'CLOSED' AND coalesce(i."closedOn", e.month_end) <= e.month_end)
GROUP BY e.month_end;

-- statement: branches without organisational life this month
SELECT b.id, b.name FROM "OrgUnit" b
WHERE b.type = 'BRANCH' AND b."deletedAt" IS NULL AND NOT EXISTS (
  SELECT 1 FROM "OrgLifeMeeting" m JOIN "OrgUnit" u ON u.id = m."orgUnitId"
  WHERE (u.id = b.id OR u."parentId" = b.id) AND m."deletedAt" IS NULL AND m.date BETWEEN make_date($1::int, extract(month FROM $2::date)::int, 1)
    AND (make_date($1::int, extract(month FROM $2::date)::int, 1) + interval '1 month' - interval '1 day')::date)
ORDER BY b."sortOrder", b.name;

-- statement: red and overdue rectification items, first rows
SELECT id, problem, deadline, $2::date - deadline AS days_late FROM "RectificationItem"
WHERE "deletedAt" IS NULL AND status <> 'CLOSED' AND deadline BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31) AND deadline <= $2::date + 10
ORDER BY deadline LIMIT 10;

-- statement: checklist tasks overdue or due within two weeks, first rows
SELECT t.id, t.content, t.deadline FROM "StudyTask" t JOIN "StudyForm" f ON f.id = t."formId"
WHERE t."deletedAt" IS NULL AND f."deletedAt" IS NULL AND t.status <> 'DONE' AND t.deadline BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)
  AND t.deadline <= $2::date + 14
ORDER BY t.deadline LIMIT 10;

-- statement: quarters over without an ideology analysis
SELECT q FROM generate_series(1, 4) q
WHERE (make_date($1::int, q * 3 - 2, 1) + interval '3 months' - interval '1 day')::date < $2::date
  AND NOT EXISTS (SELECT 1 FROM "IdeologyRecord" WHERE "deletedAt" IS NULL AND kind = 'QUARTERLY_ANALYSIS' AND year = $1::int AND period = q);
