// The demo organ's year of conduct-and-integrity and mass-organisation work, shaped after
// sections （三） and （四） of the reference summary: meetings and talks at the start of the year,
// responsibility letters signed level by level, 20-odd project-review and site-inspection checks
// (and a few branches checking their own), 3 promotion meetings, 13 visits to the partner village.
// Dated in the current year (never after today), so the overview pages open on figures rather than zeros.
import type { Tx } from "@/lib/db/connect";
import { parseCalendarDate, todayInOrgan } from "@/lib/dates";

type Services = ("SKILLS_TRAINING" | "MATERIAL_DONATION" | "HEALTH_CLINIC" | "OTHER")[];

export async function seedIntegrityAndMassDemo(tx: Tx) {
  const today = todayInOrgan();
  const year = today.getUTCFullYear();
  // Month and day in the current year, moved back to today if it has not come yet.
  const on = (month: number, dayOfMonth: number) => {
    const date = parseCalendarDate(`${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`)!;
    return date > today ? today : date;
  };
  const branches = await tx.orgUnit.findMany({ where: { type: "BRANCH", deletedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
  const organ = { organiserLevel: "PARTY_GROUP" as const };
  const committee = { organiserLevel: "DISCIPLINE_COMMITTEE" as const };

  await tx.integrityActivity.createMany({
    data: [
      { ...organ, kind: "INTEGRITY_MEETING", date: on(1, 20), title: "全面从严治党暨党风廉政建设工作会议", participantCount: 86 },
      { ...organ, kind: "DUTY_REPORT_MEETING", date: on(1, 24), title: "履行全面从严治党责任述职会议", participantCount: 32 },
      { ...organ, kind: "TALK", talkType: "COLLECTIVE", date: on(2, 18), title: "新提任处级干部集体廉政谈话", talker: "党组书记王建国", talkee: "新提任处级干部", participantCount: 9 },
      { ...committee, kind: "TALK", talkType: "INDIVIDUAL", date: on(3, 5), title: "重点岗位干部廉政谈话", talker: "机关纪委书记", talkee: "规划财务处负责同志", content: "就项目资金审批中的廉洁风险点逐项提醒。" },
      { ...committee, kind: "TALK", talkType: "REMINDER", date: on(6, 12), title: "苗头性问题提醒谈话", talker: "机关纪委书记", talkee: "某处室干部", content: "针对工作作风方面的苗头性问题进行提醒。" },
      { ...organ, kind: "RESPONSIBILITY_LETTER", letterLevel: "GROUP_TO_DEPARTMENT", lettersSigned: 12, date: on(2, 26), title: "党组与各处室单位签订党风廉政建设责任书" },
      ...branches.map((branch, index) => ({
        kind: "RESPONSIBILITY_LETTER" as const,
        organiserLevel: "BRANCH" as const,
        orgUnitId: branch.id,
        letterLevel: "DEPARTMENT_TO_PERSON" as const,
        lettersSigned: 11 + (index % 5),
        date: on(3, 1 + index),
        title: `${branch.name}处室与干部签订党风廉政建设责任书`,
      })),
      { ...organ, kind: "PROPOSAL", date: on(3, 20), title: "关于加强全体党员干部作风能力建设的倡议书" },
      { ...organ, kind: "PROPOSAL", date: on(4, 8), title: "文明礼仪倡议书" },
      { ...organ, kind: "CULTURE", cultureForm: "ACTION_PLAN", date: on(3, 15), title: "《廉洁文化创建专项行动工作方案》" },
      { ...organ, kind: "CULTURE", cultureForm: "STUDY_SEMINAR", date: on(4, 22), title: "廉洁文化专题学习研讨", participantCount: 40 },
      { ...organ, kind: "CULTURE", cultureForm: "LECTURE", date: on(5, 16), title: "廉洁文化讲座", participantCount: 120 },
      { ...organ, kind: "CULTURE", cultureForm: "EXPERIENCE_SHARING", date: on(6, 20), title: "年轻干部廉洁从政心得体会交流会", participantCount: 35 },
      { ...organ, kind: "CULTURE", cultureForm: "EXHIBITION", date: on(7, 1), title: "“廉洁书画展文韵 笔墨丹青绘清风”摄影书画展", participantCount: 150 },
      { ...organ, kind: "CULTURE", cultureForm: "VISIT", date: on(8, 27), title: "参观廉洁文化图书馆", participantCount: 45 },
      { ...organ, kind: "WARNING_EDUCATION", warningForm: "CASE_COMPILATION", peopleReached: 180, date: on(4, 10), title: "汇编下发全面从严治党重要论述和警示教育典型案例" },
      { ...organ, kind: "WARNING_EDUCATION", warningForm: "EXPERT_LECTURE", peopleReached: 130, date: on(5, 28), title: "邀请专家学者作警示教育专题授课" },
      { ...committee, kind: "WARNING_EDUCATION", warningForm: "VISIT", peopleReached: 60, date: on(9, 18), title: "组织参观廉政教育馆" },
    ],
  });

  const checks: { kind: "JOINT_RESEARCH" | "KEY_DEPARTMENT" | "PROJECT_REVIEW" | "SITE_INSPECTION" | "ROUTINE"; count: number; target: string }[] = [
    { kind: "JOINT_RESEARCH", count: 1, target: "配合驻厅纪检监察组联合调研监督" },
    { kind: "KEY_DEPARTMENT", count: 2, target: "重点业务部门、重要业务环节重点监督" },
    { kind: "PROJECT_REVIEW", count: 14, target: "重点项目评审监督" },
    { kind: "SITE_INSPECTION", count: 8, target: "项目现场考察监督" },
    { kind: "ROUTINE", count: 3, target: "节假日期间作风纪律日常监督" },
  ];
  // Four branches' 纪检委员 checked their own branch this month, so each of their secretaries has a check to keep.
  const secretaries = await tx.user.findMany({ where: { role: "SECRETARY" }, select: { id: true, branchId: true } });
  const branchChecks = branches.slice(0, 4).map((branch, index) => {
    const secretary = secretaries.find((user) => user.branchId === branch.id)!;
    return {
      kind: "ROUTINE" as const,
      orgUnitId: branch.id,
      target: `${branch.name}党员干部落实中央八项规定精神情况日常监督`,
      findings: index === 0 ? "未发现违规问题；提醒个别同志公务用车登记不及时。" : "未发现违规问题。",
      date: on(today.getUTCMonth() + 1, Math.max(1, today.getUTCDate() - 1 - index)),
      createdById: secretary.id,
      updatedById: secretary.id,
    };
  });
  await tx.supervisionCheck.createMany({
    data: [
      ...checks.flatMap(({ kind, count, target }) =>
        Array.from({ length: count }, (_, index) => ({ kind, target: count > 1 ? `${target}（第${index + 1}次）` : target, date: on(2 + (index % 9), 5 + index) })),
      ),
      ...branchChecks,
    ],
  });

  const [union, youth, women, leadingGroup, taskForce] = await Promise.all(
    (
      [
        ["TRADE_UNION", "机关工会"],
        ["YOUTH", "机关团委（青年理论学习小组）"],
        ["WOMEN", "机关妇委会"],
        ["CIVILIZATION_GROUP", "全国文明单位和模范机关建设领导小组"],
        ["TASK_FORCE", "文明单位创建工作专班"],
      ] as const
    ).map(([kind, name]) => tx.massOrganization.create({ data: { kind, name } })),
  );
  const serviceRounds: Services[] = [["SKILLS_TRAINING"], ["MATERIAL_DONATION"], ["HEALTH_CLINIC"], ["SKILLS_TRAINING", "HEALTH_CLINIC"], ["MATERIAL_DONATION", "HEALTH_CLINIC"]];
  await tx.massActivity.createMany({
    data: [
      ...[3, 6, 10].map((month, index) => ({
        kind: "PROMOTION_MEETING" as const,
        organizationId: leadingGroup.id,
        date: on(month, 15),
        title: `文明单位创建工作推进会（第${index + 1}次）`,
        participantCount: 25,
      })),
      { kind: "STUDY_VISIT", organizationId: taskForce.id, date: on(5, 9), title: "专班成员赴先进单位学习交流文明单位创建经验", participantCount: 12 },
      ...Array.from({ length: 13 }, (_, index) => ({
        kind: "VILLAGE_VISIT" as const,
        orgUnitId: branches[index % branches.length]?.id,
        date: on(1 + Math.floor((index * 11) / 13), 10 + (index % 15)),
        title: "赴“双联共建”村开展服务",
        services: serviceRounds[index % serviceRounds.length],
        peopleServed: 40 + index * 5,
        participantCount: 8,
      })),
      { kind: "DUAL_REPORT", date: on(4, 19), title: "党员到社区“双报到”志愿服务", participantCount: 60 },
      { kind: "VOLUNTEER", organizationId: youth.id, date: on(3, 5), title: "学雷锋志愿服务", participantCount: 30 },
      { kind: "FESTIVAL", organizationId: women.id, festival: "妇女节", date: on(3, 8), title: "“我们的节日·妇女节”主题活动", participantCount: 55 },
      { kind: "FESTIVAL", organizationId: youth.id, festival: "青年节", date: on(5, 4), title: "“我们的节日·青年节”主题活动", participantCount: 40 },
      { kind: "FESTIVAL", organizationId: union.id, festival: "端午节", date: on(6, 6), title: "“我们的节日·端午节”主题活动", participantCount: 90 },
      { kind: "SPORT_CULTURE", organizationId: union.id, date: on(4, 26), title: "春季健步走", participantCount: 120 },
      { kind: "SPORT_CULTURE", organizationId: union.id, date: on(9, 20), title: "羽毛球比赛", participantCount: 48 },
      ...[2, 5, 8, 11].map((month) => ({ kind: "YOUTH_STUDY" as const, organizationId: youth.id, date: on(month, 21), title: "青年理论学习小组集中学习", participantCount: 22 })),
      { kind: "YOUTH_SPEECH", organizationId: youth.id, date: on(7, 10), title: "省直机关青年理论联学活动", organiser: "省直机关工委", participantCount: 1, outcome: "青年代表作交流发言" },
    ],
  });
}
