// The demo organ: a provincial department (省某厅) with its Party group, the 机关党委,
// one 党总支, eight branches (one of them for retired cadres) and about 120 members.
// Deterministic, so screenshots and tests see the same people every time.

export const DEMO_PASSWORD = "Demo@2026";

export const DEMO_ORGAN_NAME = "省某厅";

export interface DemoBranch {
  key: string;
  name: string;
  departments: string[];
  /** Under the 党总支 rather than directly under the 机关党委. */
  inGeneralBranch?: boolean;
  isRetiree?: boolean;
  groups?: string[];
}

export const DEMO_BRANCHES: DemoBranch[] = [
  { key: "01", name: "办公室党支部", departments: ["办公室"] },
  { key: "02", name: "政策法规处党支部", departments: ["政策法规处"] },
  { key: "03", name: "规划财务处党支部", departments: ["规划财务处", "审计处"] },
  { key: "04", name: "人事处党支部", departments: ["人事处"] },
  { key: "05", name: "业务一处党支部", departments: ["业务一处"], inGeneralBranch: true, groups: ["第一党小组", "第二党小组"] },
  { key: "06", name: "业务二处党支部", departments: ["业务二处"], inGeneralBranch: true },
  { key: "07", name: "直属单位党支部", departments: ["信息中心", "服务中心"] },
  { key: "08", name: "离退休干部党支部", departments: ["离退休干部处"], isRetiree: true },
];

export const DEMO_LEADERS = [
  { username: "leader", displayName: "王建国", title: "党组书记、厅长" },
  { username: "leader-2", displayName: "李振华", title: "党组成员、副厅长" },
  { username: "leader-3", displayName: "陈晓梅", title: "党组成员、机关党委书记" },
];

export const DEMO_STAFF = [
  { username: "party-office", displayName: "赵党建", role: "PARTY_OFFICE", title: "机关党委专职副书记" },
  { username: "sys-admin", displayName: "系统管理员", role: "SYSTEM_ADMIN", title: null },
  { username: "sec-admin", displayName: "安全管理员", role: "SECURITY_ADMIN", title: null },
  { username: "audit-admin", displayName: "审计管理员", role: "AUDIT_ADMIN", title: null },
] as const;

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉斌宇浩凯健俊帆帅旭宁亮琳颖倩婷雪慧晨阳峰波鑫晶欣悦思源博文雅清泽瑞佳嘉怡诗梦琪涵子轩".split("");
const POSITIONS = ["处长", "副处长", "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员", "一级科员", "科员"];

/** A small deterministic generator (mulberry32), so the roster is the same on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoMember {
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  position: string;
  isSeniorCadre: boolean;
  joinedPartyOn: string;
  status: "FULL" | "PROBATIONARY";
  memberNo: string;
}

export function demoMembers(branchIndex: number, count: number, retiree: boolean): DemoMember[] {
  const random = seededRandom(1000 + branchIndex);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const pad = (value: number) => String(value).padStart(2, "0");
  return Array.from({ length: count }, (_, index) => {
    const birthYear = retiree ? 1940 + Math.floor(random() * 20) : 1968 + Math.floor(random() * 32);
    const joinYear = Math.min(birthYear + 20 + Math.floor(random() * 12), 2025);
    const position = retiree ? "退休干部" : index === 0 ? "处长" : pick(POSITIONS);
    return {
      name: pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : ""),
      gender: random() < 0.55 ? "MALE" : "FEMALE",
      birthDate: `${birthYear}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
      position,
      isSeniorCadre: position.includes("处长") || (retiree && random() < 0.4),
      joinedPartyOn: `${joinYear}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
      status: !retiree && joinYear >= 2025 && random() < 0.5 ? "PROBATIONARY" : "FULL",
      memberNo: `DY${pad(branchIndex + 1)}${String(index + 1).padStart(3, "0")}`,
    };
  });
}
