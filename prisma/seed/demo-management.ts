// The demo organ's standardised-management records, shaped after section （二） of the reference
// summary: the year's work points with their responsible leaders, standards with incentive and
// constraint indicators, committee terms (one ending within three months), documents issued,
// required submissions with some branches still pending, Party-group meetings on Party building
// and ideology, joint-building with partners and both halves' activities, publicity that grows in
// the second half, quarterly ideology analyses with the current quarter still to do, and training.
// Dated in the current year and never after today, like the other pillars' demo records.
import type { Tx } from "@/lib/db/connect";
import { formatCalendarDate, parseCalendarDate, todayInOrgan } from "@/lib/dates";

export async function seedManagementDemo(tx: Tx) {
  const today = todayInOrgan();
  const year = today.getUTCFullYear();
  const on = (month: number, dayOfMonth: number) => {
    const date = parseCalendarDate(`${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`)!;
    return date > today ? today : date;
  };
  const branches = await tx.orgUnit.findMany({ where: { type: "BRANCH", deletedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true } });
  const leaders = await tx.user.findMany({ where: { role: "LEADER" }, orderBy: { username: "asc" }, select: { id: true } });
  const office = await tx.user.findFirstOrThrow({ where: { role: "PARTY_OFFICE" }, select: { id: true } });
  const secretaries = await tx.user.findMany({ where: { role: "SECRETARY" }, select: { id: true, branchId: true } });
  const by = { createdById: office.id, updatedById: office.id };

  await tx.workTask.createMany({
    data: [
      { year, listKind: "WORK_POINTS", title: "落实“第一议题”制度，党组会及时传达学习重要讲话精神", responsibleLeaderId: leaders[0]?.id, deadline: on(12, 31), status: "IN_PROGRESS", ...by },
      { year, listKind: "WORK_POINTS", title: "推进支部标准化规范化建设", responsibleLeaderId: leaders[2]?.id, department: "机关党委", deadline: on(11, 30), status: "IN_PROGRESS", ...by },
      { year, listKind: "PARTY_GROUP_RESPONSIBILITY", title: "党组书记带头讲党课、抓基层党建述职", responsibleLeaderId: leaders[0]?.id, deadline: on(12, 31), status: "NOT_STARTED", ...by },
      { year, listKind: "PARTY_GROUP_RESPONSIBILITY", title: "党组成员到联系支部指导组织生活", responsibleLeaderId: leaders[1]?.id, deadline: on(6, 30), status: "DONE", completedOn: on(6, 28), ...by },
      { year, listKind: "IDEOLOGY_POINTS", title: "按季度开展意识形态分析研判", responsibleLeaderId: leaders[2]?.id, department: "办公室", deadline: on(12, 31), status: "IN_PROGRESS", ...by },
      ...branches.slice(0, 4).map((branch) => ({ year, listKind: "BRANCH_RESPONSIBILITY" as const, title: "落实“三会一课”和主题党日制度", orgUnitId: branch.id, deadline: on(12, 31), status: "IN_PROGRESS" as const, ...by })),
    ],
  });

  const standards = [
    { title: "“三会一课”按期召开、记录规范", indicatorType: "CONSTRAINT" as const, maxScore: 20 },
    { title: "党员发展和教育管理规范", indicatorType: "CONSTRAINT" as const, maxScore: 20 },
    { title: "创建党建品牌、形成特色做法", indicatorType: "INCENTIVE" as const, maxScore: 10 },
    { title: "党建工作获上级表彰或经验推广", indicatorType: "INCENTIVE" as const, maxScore: 10 },
  ];
  for (const [index, standard] of standards.entries()) {
    const created = await tx.branchStandard.create({ data: { year, sortOrder: index, ...standard, ...by } });
    await tx.branchAssessment.createMany({
      data: branches.slice(0, 6).map((branch, position) => ({
        standardId: created.id,
        orgUnitId: branch.id,
        score: Math.max(0, standard.maxScore - ((position + index) % 4) * 2),
        met: (position + index) % 5 !== 4,
        ...by,
      })),
    });
  }

  // Terms of three years; the first branch's ends within the next three months, so the reminder shows.
  const soon = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 2, 15));
  await tx.committeeTerm.createMany({
    data: branches.map((branch, index) => {
      const end = index === 0 ? soon : new Date(Date.UTC(year + 1 + (index % 2), 5, 30));
      return { orgUnitId: branch.id, startDate: new Date(Date.UTC(end.getUTCFullYear() - 3, end.getUTCMonth(), end.getUTCDate() + 1)), endDate: end, ...by };
    }),
  });

  await tx.issuedDocument.createMany({
    data: [
      { title: `${year}年机关党的工作要点`, docNumber: `机党〔${year}〕1号`, kind: "WORK_POINTS", date: on(2, 20), issuer: "机关党委", pillar: "MANAGEMENT", ...by },
      { title: "党组（书记、成员）抓基层党建责任清单", docNumber: `党组〔${year}〕3号`, kind: "LIST", date: on(3, 1), issuer: "党组", pillar: "MANAGEMENT", ...by },
      { title: "关于开展党纪学习教育的实施方案", kind: "PLAN", date: on(4, 15), issuer: "党组", pillar: "EDUCATION", ...by },
      { title: "“学习强国”学习情况通报", kind: "NOTICE", date: on(5, 10), issuer: "机关党委", pillar: "EDUCATION", ...by },
      { title: "廉洁过节倡议书", kind: "PROPOSAL", date: on(9, 20), issuer: "机关纪委", pillar: "INTEGRITY", ...by },
      { title: "支部工作制度汇编", kind: "COMPILATION", date: on(7, 1), issuer: "机关党委", pillar: "MANAGEMENT", ...by },
    ],
  });

  const plan = await tx.submissionRequest.create({ data: { title: `${year}年支部工作计划`, description: "请各支部报送本年度工作计划。", dueDate: on(2, 28), orgUnitIds: [], ...by } });
  const study = await tx.submissionRequest.create({ data: { title: "支部学习计划", dueDate: on(3, 15), orgUnitIds: branches.slice(0, 5).map((branch) => branch.id), ...by } });
  const report = await tx.submissionRequest.create({
    data: { title: "书记抓基层党建述职报告", orgUnitIds: [], dueDate: parseCalendarDate(formatCalendarDate(new Date(today.getTime() + 10 * 86_400_000)))!, ...by },
  });
  const submitted = (requestId: string, count: number) =>
    branches.slice(0, count).flatMap((branch) => {
      const secretary = secretaries.find((user) => user.branchId === branch.id);
      return secretary ? [{ requestId, orgUnitId: branch.id, submittedById: secretary.id, submittedAt: new Date(Date.UTC(year, 1, 20)) }] : [];
    });
  await tx.submission.createMany({ data: [...submitted(plan.id, branches.length - 2), ...submitted(study.id, 3), ...submitted(report.id, 1)] });

  const meetings = [
    { date: on(1, 15), title: "党组会（第1次）", items: [{ topic: "PARTY_BUILDING" as const, title: "研究年度党建工作要点", decision: "原则通过，印发执行" }, { topic: "INTEGRITY" as const, title: "研究党风廉政建设责任分工" }] },
    { date: on(4, 10), title: "党组会（第5次）", items: [{ topic: "IDEOLOGY" as const, title: "一季度意识形态工作分析研判", decision: "加强网络舆情研判" }] },
    { date: on(7, 8), title: "党组会（第9次）", items: [{ topic: "PARTY_BUILDING" as const, title: "听取上半年党建工作情况汇报" }, { topic: "IDEOLOGY" as const, title: "上半年意识形态工作总结" }] },
  ];
  for (const meeting of meetings) {
    await tx.partyGroupMeeting.create({ data: { date: meeting.date, title: meeting.title, ...by, items: { create: meeting.items } } });
  }

  const partners: { id: string; name: string }[] = [];
  for (const partner of [
    { name: "青山村党支部", kind: "VILLAGE" as const, agreement: "结对共建乡村振兴协议", signedOn: on(3, 5) },
    { name: "市建设集团党委", kind: "ENTERPRISE" as const, agreement: "党建联建助力重点项目协议", signedOn: on(3, 20) },
    { name: "区行政审批局机关党委", kind: "ORGAN" as const, agreement: "政务服务党建联动协议", signedOn: on(4, 2) },
  ]) {
    partners.push(await tx.jointPartner.create({ data: { ...partner, ...by } }));
  }
  await tx.jointListEntry.createMany({
    data: [
      { partnerId: partners[0].id, listKind: "DIFFICULTIES", content: "村集体经济收入来源单一", date: on(3, 10), ...by },
      { partnerId: partners[0].id, listKind: "INNOVATIONS", content: "“支部+合作社”联建模式", date: on(5, 12), ...by },
      { partnerId: partners[0].id, listKind: "OUTCOMES", content: "帮助销售农产品 12 万元", date: on(9, 1), ...by },
      { partnerId: partners[1].id, listKind: "POLICIES", content: "重点项目审批“绿色通道”", date: on(4, 18), ...by },
      { partnerId: partners[1].id, listKind: "OUTCOMES", content: "协调解决项目用地问题 3 个", date: on(8, 6), ...by },
      { partnerId: partners[2].id, listKind: "INNOVATIONS", content: "党员先锋岗进驻政务大厅", date: on(6, 3), ...by },
    ],
  });
  // Half the branches hold a joint activity in the first half; every branch in the second.
  const half = Math.ceil(branches.length / 2);
  const activities = [
    ...branches.slice(0, half).map((branch, index) => ({ branch, date: on(3 + (index % 4), 10 + index), partner: partners[index % partners.length] })),
    ...branches.map((branch, index) => ({ branch, date: on(7 + (index % 5), 5 + index), partner: partners[index % partners.length] })),
  ];
  for (const activity of activities) {
    const secretary = secretaries.find((user) => user.branchId === activity.branch.id);
    await tx.jointActivity.create({
      data: {
        orgUnitId: activity.branch.id,
        partnerId: activity.partner.id,
        date: activity.date,
        title: `${activity.branch.name}与${activity.partner.name}联建活动`,
        createdById: secretary?.id ?? office.id,
        updatedById: secretary?.id ?? office.id,
        branches: { create: [{ orgUnitId: activity.branch.id }] },
      },
    });
  }

  const channels = ["WECHAT", "WEBSITE", "MEDIA", "WECHAT"] as const;
  await tx.publicityItem.createMany({
    data: Array.from({ length: 24 }, (_, index) => {
      const secondHalf = index >= 8;
      const branch = branches[index % branches.length];
      return {
        channel: channels[index % channels.length],
        title: `${branch.name}党建工作动态（${index + 1}）`,
        date: secondHalf ? on(7 + (index % 6), 1 + (index % 27)) : on(1 + (index % 6), 2 + index),
        orgUnitId: index % 5 === 0 ? null : branch.id,
        ...by,
      };
    }),
  });

  const currentQuarter = Math.floor(today.getUTCMonth() / 3) + 1;
  await tx.ideologyRecord.createMany({
    data: [
      ...Array.from({ length: currentQuarter - 1 }, (_, index) => ({
        kind: "QUARTERLY_ANALYSIS" as const,
        year,
        period: index + 1,
        date: on(index * 3 + 3, 25),
        title: `第${index + 1}季度意识形态工作分析研判`,
        content: "分析本季度干部职工思想动态和网络舆情，部署下一步工作。",
        ...by,
      })),
      ...(today.getUTCMonth() >= 6 ? [{ kind: "HALF_YEAR_SUMMARY" as const, year, period: 1, date: on(7, 5), title: "上半年意识形态工作总结", ...by }] : []),
    ],
  });

  await tx.partyTraining.createMany({
    data: [
      { date: on(4, 22), title: "支部书记和党务干部培训班", organiser: "机关党委", participantCount: 46, content: "党支部工作条例、组织生活规范、党费收缴。", ...by },
      { date: on(9, 16), title: "新任党务干部业务培训", organiser: "机关党委", participantCount: 18, ...by },
    ],
  });
}
