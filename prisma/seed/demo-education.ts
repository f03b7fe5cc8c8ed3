// The demo organ's year of 学习教育, shaped after section （一） of the reference summary: a
// 中心组学习 each month (读书班 and 专家辅导 among them) where leaders, unit heads and youth
// representatives speak, the study checklist's forms and tasks (most done, one overdue, one due
// soon), the books handed out, 三会一课 and 主题党日 in every branch for the last three months
// (but none yet this month in 办公室党支部, so the dashboards' "no organisational life this month"
// lists name a branch), the 活动载体 and the themed activities under them, and the two campaigns
// these records are tagged with. Dated in the current year and never after today, like the other
// pillars' demo records.
// Written through the services the forms use (input parsed by the forms' zod schemas), as the
// record's branch secretary or the Party office, so the demo obeys the app's rules and leaves the
// same audit rows; they join the seed's transaction.
import type { CurrentUser } from "@/lib/auth/session";
import { withinTransaction, type Tx } from "@/lib/db/client";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { createActivity, createVehicle } from "@/lib/activities/service";
import { createActivitySchema, createVehicleSchema } from "@/lib/activities/schema";
import { createCampaign } from "@/lib/campaigns/service";
import { createCampaignSchema } from "@/lib/campaigns/schema";
import { createBook, createStudyForm, createStudyTask } from "@/lib/checklist/service";
import { createBookSchema, createStudyFormSchema, createStudyTaskSchema } from "@/lib/checklist/schema";
import { createMeeting } from "@/lib/org-life/service";
import { createMeetingSchema, type OrgLifeKindName } from "@/lib/org-life/schema";
import { createStudySession } from "@/lib/study/service";
import { createStudySessionSchema, type StudyKindName } from "@/lib/study/schema";

const DAY = 86_400_000;

/** The branch whose secretary (secretary-01) finds this month's organisational life still to do. */
const NONE_THIS_MONTH = 0;

const CENTRAL_GROUP_TOPICS: { topic: string; kind: StudyKindName }[] = [
  { topic: "深入学习贯彻习近平总书记重要讲话和重要指示批示精神，研究部署全年理论学习", kind: "CENTRAL_GROUP" },
  { topic: "学习《习近平著作选读》第一卷，交流学习体会", kind: "CENTRAL_GROUP" },
  { topic: "学习贯彻全国两会精神，研究推动本部门重点工作落实", kind: "CENTRAL_GROUP" },
  { topic: "专题读书班：学习习近平总书记关于党的建设的重要思想", kind: "READING_CLASS" },
  { topic: "学习《中国共产党纪律处分条例》，筑牢拒腐防变思想防线", kind: "CENTRAL_GROUP" },
  { topic: "学习习近平总书记关于本部门本领域的重要论述摘编", kind: "CENTRAL_GROUP" },
  { topic: "牢记初心使命，学习习近平总书记在庆祝建党纪念大会上的重要讲话", kind: "CENTRAL_GROUP" },
  { topic: "学习习近平总书记关于调查研究的重要论述，交流调研成果", kind: "CENTRAL_GROUP" },
  { topic: "专家辅导：习近平文化思想的核心要义与实践要求", kind: "EXPERT_LECTURE" },
  { topic: "学习习近平总书记关于意识形态工作的重要论述", kind: "CENTRAL_GROUP" },
  { topic: "学习习近平总书记关于全面从严治党的重要论述", kind: "CENTRAL_GROUP" },
  { topic: "年度理论学习总结暨“以学促干”专题研讨", kind: "CENTRAL_GROUP" },
];

const SPEECH_TOPICS = ["以理论武装推动工作落实", "在服务发展大局中勇挑重担", "把学习成果转化为破解难题的实招", "立足岗位建新功的几点体会"];

const THEME_DAYS = [
  "重温入党誓词，坚定理想信念",
  "学雷锋志愿服务进社区",
  "清明祭英烈，传承红色基因",
  "“学条例、守党纪”专题学习",
  "赴党性教育基地开展现场教学",
  "“七一”主题党日：我为群众办实事",
  "学习身边先进典型事迹",
  "“党建联建”走进共建村",
  "“国庆话初心”主题党日",
  "廉洁文化主题党日",
  "“学习强国”知识竞答",
  "年终岗位建功交流",
];

export async function seedEducationDemo(tx: Tx) {
  const today = todayInOrgan();
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  // Month (1–12, or earlier months counted back into last year) and day, moved back to today if it has not come yet.
  const on = (monthOfYear: number, dayOfMonth: number) => {
    const date = new Date(Date.UTC(year, monthOfYear - 1, dayOfMonth));
    return formatCalendarDate(date > today ? today : date);
  };
  const daysFromToday = (days: number) => formatCalendarDate(new Date(today.getTime() + days * DAY));

  const asUser = (user: { id: string; username: string; displayName: string; role: CurrentUser["role"]; branchId: string | null }): CurrentUser => ({
    ...user,
    mustChangePassword: false,
    mustEnrolTotp: false,
    sessionId: "demo-seed",
  });
  const userSelect = { id: true, username: true, displayName: true, role: true, branchId: true } as const;
  const office = asUser(await tx.user.findFirstOrThrow({ where: { role: "PARTY_OFFICE" }, select: userSelect }));
  const leaders = await tx.user.findMany({ where: { role: "LEADER" }, orderBy: { username: "asc" }, select: { displayName: true } });
  const secretaries = (await tx.user.findMany({ where: { role: "SECRETARY" }, select: userSelect })).map(asUser);
  const branches = await tx.orgUnit.findMany({
    where: { type: "BRANCH", deletedAt: null },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, isRetiree: true, children: { where: { type: "GROUP", deletedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true } } },
  });
  const rosters = await Promise.all(
    branches.map((branch) =>
      tx.member.findMany({
        where: { deletedAt: null, memberships: { some: { orgUnitId: branch.id, toDate: null } } },
        orderBy: { memberNo: "asc" },
        select: { id: true, name: true, birthDate: true },
      }),
    ),
  );
  const secretaryOf = (index: number) => secretaries.find((user) => user.branchId === branches[index].id)!;
  // The first member on a working branch's roster heads its department (the seed makes them 处长 and secretary).
  const unitHeads = branches.flatMap((branch, index) => (branch.isRetiree ? [] : [rosters[index][0]]));
  const youth = branches
    .flatMap((branch, index) => (branch.isRetiree ? [] : rosters[index].slice(5)))
    .filter((member) => member.birthDate.getUTCFullYear() >= 1990);

  await withinTransaction(tx, async () => {
    // 主题教育 over the spring and summer, 模范机关 creation all year.
    const campaign = await createCampaign(
      office,
      createCampaignSchema.parse({
        name: "学习贯彻习近平新时代中国特色社会主义思想主题教育",
        description: "坚持学思想、强党性、重实践、建新功，以主题教育统领融合机关党建、模范机关和文明单位创建。",
        startDate: `${year}-03-01`,
        endDate: `${year}-08-31`,
      }),
    );
    const model = await createCampaign(
      office,
      createCampaignSchema.parse({ name: "模范机关和文明单位创建", description: "推动机关党建引领机关建设始终走在前、作表率。", startDate: `${year}-01-01` }),
    );
    const inCampaign = (date: string) => (date >= `${year}-03-01` && date <= `${year}-08-31` ? [campaign.id] : []);

    // 中心组学习, one a month so far this year.
    const centralGroup: { id: string; month: number }[] = [];
    for (const [index, { topic, kind }] of CENTRAL_GROUP_TOPICS.slice(0, month).entries()) {
      const date = on(index + 1, 10 + (index % 3) * 5);
      const reps = [youth[(2 * index) % youth.length], youth[(2 * index + 1) % youth.length]];
      const { id } = await createStudySession(
        office,
        createStudySessionSchema.parse({
          level: "PARTY_GROUP",
          kind,
          date,
          durationMinutes: kind === "READING_CLASS" ? 240 : 120,
          place: "机关第一会议室",
          topic,
          content: "党组书记主持并作总结讲话，班子成员、处室单位主要负责同志和青年代表结合分管领域和岗位实际交流发言。",
          attendeeIds: unitHeads.map((member) => member.id),
          outsideAttendeeCount: leaders.length,
          nonVoting: reps.map((member) => ({ memberId: member.id, tag: "YOUTH_REP" })),
          // The leader is not on a branch roster, so is named; the others are picked from the roster.
          speeches: [
            { speakerName: leaders[index % leaders.length].displayName, tag: "LEADERSHIP", topic: SPEECH_TOPICS[0] },
            { memberId: unitHeads[index % unitHeads.length].id, tag: "UNIT_HEAD", topic: SPEECH_TOPICS[1] },
            ...reps.map((member, position) => ({ memberId: member.id, tag: "YOUTH_REP", topic: SPEECH_TOPICS[2 + position] })),
          ],
          "campaignIds[]": inCampaign(date),
        }),
      );
      centralGroup.push({ id, month: index + 1 });
    }

    // Each branch's own study in the last two months, recorded by its secretary.
    for (const [index, branch] of branches.entries()) {
      const roster = rosters[index];
      const date = on(month - (index % 2), 8 + index);
      await createStudySession(
        secretaryOf(index),
        createStudySessionSchema.parse({
          level: "BRANCH",
          orgUnitId: branch.id,
          kind: index % 3 === 2 ? "ONLINE" : "BRANCH_STUDY",
          date,
          durationMinutes: 90,
          place: branch.isRetiree ? "老干部活动中心" : "支部活动室",
          topic: index % 3 === 2 ? "“学习强国”专题学习：党的创新理论" : "集中学习习近平总书记最新重要讲话精神",
          attendeeIds: roster.slice(0, roster.length - 1 - (index % 3)).map((member) => member.id),
          speeches: roster.slice(1, 3).map((member) => ({ memberId: member.id, tag: "OTHER", topic: "结合岗位谈学习体会" })),
          "campaignIds[]": inCampaign(date),
        }),
      );
    }

    // The study checklist: its forms, and tasks with deadlines across the year.
    const forms = [];
    for (const [sortOrder, name] of ["中心组集体学习", "专题读书班", "专家辅导", "支部集中学习", "党员自学", "实地调研"].entries()) {
      forms.push(await createStudyForm(office, createStudyFormSchema.parse({ year, name, sortOrder })));
    }
    const tasks: { form: number; content: string; deadline: string; leadUnit: string; responsibleUnits: string; sessions?: number[] }[] = [
      { form: 0, content: "制定年度党组中心组学习计划，统筹专题读书班与中心组学习安排", deadline: `${year}-01-31`, leadUnit: "机关党委", responsibleUnits: "办公室", sessions: [1] },
      { form: 0, content: "每次学习研讨安排领导班子、处室单位主要负责同志和青年代表交流发言", deadline: `${year}-06-30`, leadUnit: "机关党委", responsibleUnits: "各处室单位", sessions: [2, 3, 5, 6] },
      { form: 1, content: "举办专题读书班，围绕党的建设重要思想开展集中研讨", deadline: `${year}-04-30`, leadUnit: "机关党委", responsibleUnits: "人事处、办公室", sessions: [4] },
      { form: 2, content: "邀请专家学者作专题辅导报告", deadline: `${year}-09-30`, leadUnit: "人事处", responsibleUnits: "机关党委", sessions: [9] },
      { form: 3, content: "各支部制定支部学习计划并报机关党委备案", deadline: `${year}-03-15`, leadUnit: "机关党委", responsibleUnits: "各基层党组织" },
      { form: 3, content: "各支部每月开展一次集中学习", deadline: `${year}-12-31`, leadUnit: "机关党委", responsibleUnits: "各基层党组织" },
      { form: 4, content: "党员制定个人自学计划，撰写学习心得", deadline: `${year}-03-31`, leadUnit: "机关党委", responsibleUnits: "各基层党组织" },
      { form: 4, content: "梳理印发习近平总书记关于本部门本领域重要论述、重要讲话汇编", deadline: `${year}-05-31`, leadUnit: "办公室", responsibleUnits: "政策法规处" },
      { form: 5, content: "围绕重点项目开展实地调研，形成调研报告", deadline: `${year}-10-31`, leadUnit: "政策法规处", responsibleUnits: "业务一处、业务二处" },
      { form: 5, content: "赴共建企业现场调研，解读政策破解难题", deadline: `${year}-07-31`, leadUnit: "规划财务处", responsibleUnits: "直属单位党支部" },
    ];
    const sessionsOf = (months: number[] = []) => centralGroup.filter((session) => months.includes(session.month)).map((session) => session.id);
    for (const task of tasks) {
      const done = task.deadline < formatCalendarDate(today);
      await createStudyTask(
        office,
        createStudyTaskSchema.parse({
          formId: forms[task.form].id,
          content: task.content,
          deadline: task.deadline,
          leadUnit: task.leadUnit,
          responsibleUnits: task.responsibleUnits,
          status: done ? "DONE" : "IN_PROGRESS",
          completedOn: done ? formatCalendarDate(new Date(Date.parse(task.deadline) - 3 * DAY)) : undefined,
          sessionIds: sessionsOf(task.sessions),
        }),
      );
    }
    // One task late, one due within the fortnight the dashboards chase, one not yet begun (each kept within the year).
    const lastDay = `${year}-12-31`;
    const withinYear = (date: string) => (date < `${year}-01-01` ? `${year}-01-01` : date > lastDay ? lastDay : date);
    for (const task of [
      { form: 4, content: "报送个人自学笔记和学习心得体会", deadline: withinYear(daysFromToday(-6)), status: "IN_PROGRESS" as const },
      { form: 3, content: "各支部书记讲授专题党课并报送讲稿", deadline: withinYear(daysFromToday(9)), status: "IN_PROGRESS" as const },
      { form: 0, content: "开展年度理论学习情况总结评估", deadline: lastDay, status: "NOT_STARTED" as const },
    ]) {
      await createStudyTask(
        office,
        createStudyTaskSchema.parse({ formId: forms[task.form].id, content: task.content, deadline: task.deadline, leadUnit: "机关党委", responsibleUnits: "各基层党组织", status: task.status }),
      );
    }

    // Books handed out to the branches and the retired cadres.
    for (const book of [
      { date: on(3, 6), title: "《习近平著作选读》第一卷", copies: 130, recipients: "各基层党组织、离退休干部党支部", tagged: true },
      { date: on(3, 6), title: "《习近平著作选读》第二卷", copies: 130, recipients: "各基层党组织、离退休干部党支部", tagged: true },
      { date: on(4, 18), title: "《习近平新时代中国特色社会主义思想学习纲要》", copies: 60, recipients: "处级以上干部", tagged: true },
      { date: on(5, 20), title: "《习近平总书记关于本部门本领域重要论述摘编》", copies: 150, recipients: "全体党员干部", tagged: false },
      { date: on(6, 3), title: "《中国共产党纪律处分条例》学习读本", copies: 150, recipients: "全体党员干部", tagged: false },
    ]) {
      await createBook(office, createBookSchema.parse({ date: book.date, title: book.title, copies: book.copies, recipients: book.recipients, "campaignIds[]": book.tagged ? [campaign.id] : [] }));
    }

    // 活动载体 of the year, and the themed activities under them.
    const vehicles = [];
    for (const [sortOrder, vehicle] of [
      { name: "“献良策、解难题、建新功”活动", description: "各基层党组织围绕业务难点建言献策、攻坚克难。", campaignId: campaign.id },
      { name: "“书记第一讲”", description: "支部书记带头讲党课。" },
      { name: "“我来讲党课”", description: "党员干部上讲台“述理论、述典型、述对策”。" },
      { name: "“建功新时代 争做排头兵”业务大比武", description: "以中层干部为重点比业务、比作风、比实绩。", campaignId: model.id },
      { name: "党性教育基地现场教学", description: "赴党性教育基地、保密教育基地开展沉浸式党性教育。" },
    ].entries()) {
      vehicles.push(await createVehicle(office, createVehicleSchema.parse({ year, sortOrder, ...vehicle })));
    }
    for (const activity of [
      { vehicle: 3, kind: "SPEECH_CONTEST", date: on(5, 4), title: "青年干部主题演讲比赛", organiser: "机关党委、机关团委", participantCount: 60, entryCount: 30, outcome: "评出一等奖2名、二等奖4名、三等奖6名。" },
      { vehicle: 3, kind: "SKILLS_CONTEST", date: on(9, 20), title: "“建功新时代 争做排头兵”业务大比武", organiser: "机关党委", participantCount: 48 },
      { vehicle: 4, kind: "EDUCATION_BASE_VISIT", date: on(6, 28), title: "赴党性教育基地开展“七一”现场教学", organiser: "机关党委", participantCount: 85 },
    ] as const) {
      const { vehicle, ...fields } = activity;
      await createActivity(office, createActivitySchema.parse({ ...fields, vehicleId: vehicles[vehicle].id, "campaignIds[]": [...inCampaign(fields.date), model.id] }));
    }
    for (const [index, branch] of branches.entries()) {
      const done = [
        { vehicle: 0, kind: "OTHER" as const, date: on(4 + (index % 4), 12 + index), title: `${branch.name}“献良策、解难题、建新功”专题研讨`, outcome: "形成金点子3条，已转化为工作措施。" },
        { vehicle: index % 2 === 0 ? 1 : 2, kind: "LECTURE_PLATFORM" as const, date: on(month - (index % 2), 3 + index), title: index % 2 === 0 ? `${branch.name}书记讲党课` : `${branch.name}“我来讲党课”` },
      ];
      for (const { vehicle, ...fields } of done) {
        await createActivity(
          secretaryOf(index),
          createActivitySchema.parse({ ...fields, orgUnitId: branch.id, vehicleId: vehicles[vehicle].id, participantCount: rosters[index].length - 2, "campaignIds[]": inCampaign(fields.date) }),
        );
      }
    }

    // 三会一课 and 主题党日 of the last three months, each recorded by the branch's secretary.
    const quarterStart = month - ((month - 1) % 3);
    for (const [index, branch] of branches.entries()) {
      const secretary = secretaryOf(index);
      const roster = rosters[index];
      const host = roster[0].name;
      const meet = (orgUnitId: string, kind: OrgLifeKindName, date: string, topic: string, extra: Record<string, unknown> = {}) =>
        createMeeting(secretary, createMeetingSchema.parse({ orgUnitId, kind, date, topic, hostName: host, ...extra }));
      for (const back of [2, 1, 0]) {
        if (back === 0 && index === NONE_THIS_MONTH) continue;
        const at = month - back;
        const theme = THEME_DAYS[(at + 11) % 12];
        const monthName = `${((at + 11) % 12) + 1}月`;
        await meet(branch.id, "COMMITTEE_MEETING", on(at, 5), `研究${monthName}支部工作和业务重点`, {
          studiedBusiness: true,
          minutes: "传达上级会议精神，研究本月支部学习安排和业务重点工作。",
        });
        for (const [groupIndex, group] of branch.children.entries()) {
          await meet(group.id, "GROUP_MEETING", on(at, 11 + groupIndex), `${monthName}党小组学习讨论`);
        }
        const date = on(at, 18);
        await meet(branch.id, "THEME_DAY", date, theme, {
          absentees: [{ memberId: roster[10 + (back % 3)].id, reason: branch.isRetiree ? "SICK" : "OFFICIAL" }],
          "campaignIds[]": inCampaign(date),
        });
      }
      // This quarter's 党员大会 and the secretary's 党课, in its first month.
      if (index === NONE_THIS_MONTH && quarterStart === month) continue;
      await meet(branch.id, "PARTY_CONGRESS", on(quarterStart, 22), "支部党员大会：通报支部工作，讨论党员发展事项");
      await meet(branch.id, "PARTY_LECTURE", on(quarterStart, 25), "书记讲党课：以高质量党建引领业务高质量发展", {
        lecturerMemberId: roster[0].id,
        lecturerType: "SECRETARY_FIRST",
      });
    }
  });
}
