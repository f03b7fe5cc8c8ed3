// The default text of a drafted summary, following the structure of the reference document
// (一、基本情况 with one part per pillar, numbered points 一是/二是…). Figures are placeholders
// {{metric}} filled from the records when the draft is rendered — never literal numbers — and
// "{{metric|余}}" marks where the reference rounds (the office can switch that off per figure).
// A clause whose figures are zero is left out; `onlyIf` states what else must hold for it to read true.

import type { FigureValues, PillarKey } from "./metric-keys";

export interface ClauseTemplate {
  id: string;
  text: string;
  onlyIf?: (figures: FigureValues) => boolean;
}

export interface PointTemplate {
  id: string;
  lead: string;
  clauses: ClauseTemplate[];
}

export interface PartTemplate {
  pillar: PillarKey;
  heading: string;
  intro: string;
  points: PointTemplate[];
}

export const ORGAN_OPENING =
  "今年以来，党组始终坚持以习近平新时代中国特色社会主义思想为指导，把牢“围绕中心、建设队伍、服务群众”职责定位，推动机关党建引领机关建设始终走在前、作表率。";

export const BRANCH_OPENING = "今年以来，支部坚持以习近平新时代中国特色社会主义思想为指导，认真落实机关党组各项部署，扎实推进支部各项工作。";

export const ORGAN_PARTS: PartTemplate[] = [
  {
    pillar: "education",
    heading: "“系统化”抓教育，强化理想信念",
    intro: "立足自身职能，指导督促各基层党组织和全体党员干部投身主题教育。",
    points: [
      {
        id: "education.theory",
        lead: "理论学习上下联动，学习内容突出特色。",
        clauses: [
          { id: "education.theory.plan", text: "制定{{year}}年度党组中心组学习计划，创新学习研讨模式，每次学习研讨领导班子、处室单位主要负责同志、青年代表发言，确保学习研讨的广度、深度和实效。" },
          { id: "education.theory.sessions", text: "今年已开展中心组学习{{education.centralGroupSessions}}次[[，累计{{education.centralGroupSpeeches}}人发言]]。" },
          {
            id: "education.theory.checklist",
            text: "高质量编制理论学习清单，细化为{{education.studyForms}}种学习形式{{education.studyTasks}}项学习任务，明确完成时限、牵头单位和责任单位，确保理论学习各项任务扎实推进。",
          },
        ],
      },
      {
        id: "education.outreach",
        lead: "突出学用结合，推动主题教育成果向基层延伸。",
        clauses: [
          { id: "education.outreach.plans", text: "要求各基层党组织制定支部学习计划和个人自学计划，形成全员学习的良好局面。" },
          {
            id: "education.outreach.vehicles",
            text: "组织各基层党组织开展“献良策、解难题、建新功”活动，设计{{education.activityVehicles}}项活动载体。",
          },
          { id: "education.outreach.activities", text: "各基层党组织开展主题活动{{education.branchThemedActivities|余}}次。" },
        ],
      },
      {
        id: "education.events",
        lead: "开展系列活动，营造全员参与的浓厚氛围。",
        clauses: [
          { id: "education.events.bases", text: "组织党员干部赴党性教育基地、保密教育基地等开展党性教育。" },
          { id: "education.events.contest", text: "坚持以讲促学、以赛促学，以青年干部为重点开展主题演讲比赛，提交作品{{education.contestEntries}}篇。" },
        ],
      },
    ],
  },
  {
    pillar: "management",
    heading: "“标准化”抓管理，强化责任落实",
    intro: "认真落实新时代党的建设总要求，全面提升单位党的建设工作质量和水平，为中心工作高质量发展提供有力支撑。",
    points: [
      {
        id: "management.responsibility",
        lead: "坚决扛牢机关党建责任。",
        clauses: [
          { id: "management.responsibility.lists", text: "印发年度机关党的工作要点，制定党组、党组书记、党组成员抓基层党建责任清单，明确党建工作重点任务。" },
          {
            id: "management.responsibility.measures",
            text: "针对党组书记抓基层党建述职反馈意见，细化为{{management.reviewFeedbackMeasures}}项具体落实举措，确保问题整改见底到位。",
          },
        ],
      },
      {
        id: "management.standards",
        lead: "提高支部标准化建设水平。",
        clauses: [
          { id: "management.standards.lists", text: "制定支部标准化建设责任清单，明确有关考核标准，合理设置激励指标和约束指标。" },
          {
            id: "management.standards.findings",
            text: "打造“季度督查，年度评估”的党建督查机制，上半年重点对支部生活落实情况开展督查，梳理反馈共性问题{{management.commonFindingsH1}}条，个性问题{{management.individualFindingsH1}}条。",
          },
          // Two wordings of one sentence: with "实现了全覆盖" only when every branch took part in the second half.
          {
            id: "management.standards.joint",
            text: "下半年开展党建联建活动的支部从{{management.jointBranchesH1}}个上升到{{management.jointBranchesH2}}个。",
            onlyIf: (f) => f["management.jointBranchesH2"] > f["management.jointBranchesH1"] && f["management.jointCoverageH2"] < 100,
          },
          {
            id: "management.standards.jointFull",
            text: "下半年开展党建联建活动的支部从{{management.jointBranchesH1}}个上升到{{management.jointBranchesH2}}个，实现了全覆盖。",
            onlyIf: (f) => f["management.jointBranchesH2"] > f["management.jointBranchesH1"] && f["management.jointCoverageH2"] >= 100,
          },
          {
            id: "management.standards.publicity",
            text: "利用官网、公众号等开展宣传{{management.publicityH2|余}}次，较上半年的{{management.publicityH1}}次大幅提高。",
            onlyIf: (f) => f["management.publicityH2"] > f["management.publicityH1"],
          },
        ],
      },
      {
        id: "management.ideology",
        lead: "全面落实意识形态工作责任制。",
        clauses: [{ id: "management.ideology.points", text: "印发年度意识形态工作要点，按季度开展分析研判，党组会专题研究意识形态工作。" }],
      },
    ],
  },
  {
    pillar: "integrity",
    heading: "“常态化”抓作风，强化监督管理",
    intro: "",
    points: [
      {
        id: "integrity.conduct",
        lead: "聚焦作风促发展。",
        clauses: [{ id: "integrity.conduct.meetings", text: "年初组织召开党风廉政建设会议和履行全面从严治党责任述职会议，开展廉政谈话，层层签订党风廉政建设责任书。" }],
      },
      {
        id: "integrity.culture",
        lead: "创新形式塑品牌。",
        clauses: [{ id: "integrity.culture.plan", text: "制定《廉洁文化创建专项行动工作方案》，通过专题学习研讨、廉洁文化讲座、年轻干部心得体会交流等系列活动，增强干部廉洁从政意识。" }],
      },
      {
        id: "integrity.supervision",
        lead: "加强监督提质效。",
        clauses: [
          {
            id: "integrity.supervision.checks",
            text: "做细做实日常监督，对重点业务部门、重要业务环节开展重点监督，对重点项目评审、现场考察等监督{{integrity.supervisionChecks|余}}次，以有效监督促进业务工作规范化、上水平。",
          },
        ],
      },
      {
        id: "integrity.warning",
        lead: "深化教育筑防线。",
        clauses: [{ id: "integrity.warning.cases", text: "汇编并下发警示教育典型案例，邀请有关专家学者专题授课，组织参观廉政教育馆，营造风清气正良好氛围。" }],
      },
    ],
  },
  {
    pillar: "mass",
    heading: "“融合化”抓群团，强化合力凝聚",
    intro: "",
    points: [
      {
        id: "mass.organisation",
        lead: "强化组织聚合力。",
        clauses: [
          { id: "mass.organisation.meetings", text: "及时调整全国文明单位和模范机关建设领导小组，{{mass.promotionMeetings}}次召开工作推进会。" },
          { id: "mass.organisation.visits", text: "今年先后{{mass.villageVisits}}次赴“双联共建”村开展技能培训、物资捐助、健康义诊等活动。" },
        ],
      },
      {
        id: "mass.youth",
        lead: "聚焦青年提活力。",
        clauses: [
          { id: "mass.youth.group", text: "把青年干部学习成长作为党建工作重要内容，以青年理论学习小组为依托。" },
          { id: "mass.youth.reps", text: "每次中心组学习选派{{mass.youthRepsPerSession}}名优秀代表列席发言，为年轻干部提供展示交流的平台。" },
        ],
      },
      {
        id: "mass.culture",
        lead: "丰富载体增动力。",
        clauses: [{ id: "mass.culture.festivals", text: "妇女节、青年节、端午节开展“我们的节日”系列活动，组织健步走、羽毛球比赛等文体活动。" }],
      },
    ],
  },
];

/** A branch states its own figures: its study, organisational life and activities. */
export const BRANCH_PARTS: PartTemplate[] = [
  {
    pillar: "education",
    heading: "抓学习教育，强化理想信念",
    intro: "",
    points: [
      {
        id: "branch.education.study",
        lead: "坚持理论学习。",
        clauses: [
          { id: "branch.education.study.sessions", text: "开展支部集中学习{{education.branchStudySessions}}次。" },
          { id: "branch.education.study.orgLife", text: "召开“三会一课”等组织生活{{education.orgLifeMeetings}}次。" },
          { id: "branch.education.study.activities", text: "围绕活动载体开展主题活动{{education.branchThemedActivities}}次。" },
        ],
      },
    ],
  },
  {
    pillar: "management",
    heading: "抓规范管理，强化责任落实",
    intro: "",
    points: [
      {
        id: "branch.management.joint",
        lead: "推进党建联建和宣传。",
        clauses: [{ id: "branch.management.joint.publicity", text: "开展宣传{{management.publicityH2}}次。" }],
      },
    ],
  },
  {
    pillar: "integrity",
    heading: "抓作风建设，强化监督管理",
    intro: "",
    points: [
      {
        id: "branch.integrity.activities",
        lead: "加强廉洁教育。",
        clauses: [{ id: "branch.integrity.activities.count", text: "开展廉政教育和警示教育活动{{integrity.activities}}次。" }],
      },
    ],
  },
  {
    pillar: "mass",
    heading: "抓群团工作，强化合力凝聚",
    intro: "",
    points: [
      {
        id: "branch.mass.activities",
        lead: "丰富群团活动。",
        clauses: [{ id: "branch.mass.activities.count", text: "组织志愿服务、文体等群团活动{{mass.activities}}次。" }],
      },
    ],
  },
];
