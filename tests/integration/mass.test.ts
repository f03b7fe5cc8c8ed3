import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { createMassActivityAction, createMassOrganizationAction, updateMassActivityAction } from "@/lib/mass/actions";
import { massActivitiesByKind } from "@/lib/mass/queries/activities-by-kind";
import { massActivitiesByOrganization } from "@/lib/mass/queries/activities-by-organization";
import { villageVisits } from "@/lib/mass/queries/village-visits";
import { youthRepresentatives } from "@/lib/mass/queries/youth-representatives";
import { massListQuerySchema } from "@/lib/mass/schema";
import { getMassActivity, listMassActivities } from "@/lib/mass/service";
import { createMassActivity, createOrgan, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

describe("yearly mass-organisation figures", () => {
  let unionId: string;

  beforeAll(async () => {
    const db = testDb();
    const union = await db.massOrganization.create({ data: { kind: "TRADE_UNION", name: "机关工会" } });
    unionId = union.id;
    const a = organ.branchA.id;
    const b = organ.branchB.id;
    const visit = (services: string[], peopleServed: number, extra: object = {}) =>
      createMassActivity(db, { kind: "VILLAGE_VISIT", services, peopleServed, ...extra });
    await Promise.all([
      createMassActivity(db, { kind: "PROMOTION_MEETING", date: day("2025-02-01") }),
      createMassActivity(db, { kind: "PROMOTION_MEETING", date: day("2025-06-01") }),
      createMassActivity(db, { kind: "PROMOTION_MEETING", date: day("2025-11-01") }),
      createMassActivity(db, { kind: "FESTIVAL", festival: "端午节", organizationId: unionId, date: day("2025-05-31") }),
      createMassActivity(db, { kind: "SPORT_CULTURE", organizationId: unionId, date: day("2025-10-01") }),
      visit(["SKILLS_TRAINING", "HEALTH_CLINIC"], 40, { orgUnitId: a, date: day("2025-03-10") }),
      visit(["MATERIAL_DONATION"], 25, { orgUnitId: a, date: day("2025-04-10") }),
      visit(["SKILLS_TRAINING", "MATERIAL_DONATION", "HEALTH_CLINIC"], 60, { orgUnitId: b, date: day("2025-05-10") }),
      visit(["HEALTH_CLINIC"], 30, { date: day("2025-12-31") }),
      // Not counted in 2025:
      createMassActivity(db, { kind: "PROMOTION_MEETING", date: day("2025-08-01"), deletedAt: new Date() }),
      createMassActivity(db, { kind: "PROMOTION_MEETING", date: day("2024-12-20") }),
      visit(["SKILLS_TRAINING"], 100, { orgUnitId: a, date: day("2025-07-01"), deletedAt: new Date() }),
      visit(["SKILLS_TRAINING"], 100, { orgUnitId: a, date: day("2026-01-01") }),
      createMassActivity(db, { kind: "FESTIVAL", festival: "春节", organizationId: unionId, date: day("2024-02-01") }),
    ]);
  });

  it("counts the year's activities per kind, organ-wide and for one branch", async () => {
    expect(await massActivitiesByKind(2025)).toEqual({
      FESTIVAL: 1,
      SPORT_CULTURE: 1,
      VOLUNTEER: 0,
      DUAL_REPORT: 0,
      VILLAGE_VISIT: 4,
      PROMOTION_MEETING: 3,
      STUDY_VISIT: 0,
      YOUTH_STUDY: 0,
      YOUTH_SPEECH: 0,
      OTHER: 0,
    });
    expect(await massActivitiesByKind(2025, organ.branchA.id)).toMatchObject({ VILLAGE_VISIT: 2, PROMOTION_MEETING: 0 });
    expect((await massActivitiesByOrganization(2025)).get(unionId)).toBe(2);
  });

  it("counts village visits, people served and the visits that delivered each service", async () => {
    expect(await villageVisits(2025)).toEqual({
      visits: 4,
      peopleServed: 155,
      visitsByService: { SKILLS_TRAINING: 2, MATERIAL_DONATION: 2, HEALTH_CLINIC: 3, OTHER: 0 },
    });
    expect(await villageVisits(2025, organ.branchA.id)).toEqual({
      visits: 2,
      peopleServed: 65,
      visitsByService: { SKILLS_TRAINING: 1, MATERIAL_DONATION: 1, HEALTH_CLINIC: 1, OTHER: 0 },
    });
  });

  it("counts youth representatives at the Party group's central-group study from the 列席 records", async () => {
    const db = testDb();
    const session = async (level: "PARTY_GROUP" | "BRANCH", date: string, youth: number, extra: { deletedAt?: Date; otherTag?: boolean } = {}) => {
      const created = await db.studySession.create({
        data: {
          level,
          kind: level === "PARTY_GROUP" ? "CENTRAL_GROUP" : "BRANCH_STUDY",
          orgUnitId: level === "BRANCH" ? organ.branchA.id : null,
          date: day(date),
          topic: "学习研讨",
          deletedAt: extra.deletedAt,
        },
      });
      const rows = Array.from({ length: youth }, (_, index) => ({ sessionId: created.id, name: `青年${index}`, tag: "YOUTH_REP" as const }));
      if (extra.otherTag) rows.push({ sessionId: created.id, name: "列席处长", tag: "OTHER" as never });
      if (rows.length) await db.studyNonVoting.createMany({ data: rows });
    };
    await session("PARTY_GROUP", "2025-03-01", 2, { otherTag: true });
    await session("PARTY_GROUP", "2025-06-01", 2);
    await session("PARTY_GROUP", "2025-09-01", 0);
    await session("BRANCH", "2025-04-01", 3);
    await session("PARTY_GROUP", "2025-10-01", 2, { deletedAt: new Date() });
    await session("PARTY_GROUP", "2024-12-01", 2);
    expect(await youthRepresentatives(2025)).toEqual({ attendances: 4, sessionsWithYouth: 2, centralGroupSessions: 3 });
  });
});

describe("recording mass activities", () => {
  const visit = (fields: Record<string, unknown>) => ({
    kind: "VILLAGE_VISIT",
    date: "2030-05-01",
    title: "赴共建村开展服务",
    services: ["SKILLS_TRAINING", "MATERIAL_DONATION", "HEALTH_CLINIC"],
    peopleServed: "80",
    ...fields,
  });

  it("lets a secretary record their branch's village visit with three services", async () => {
    const secretary = await actingAs(organ.secretaryA.username);
    const result = await createMassActivityAction(visit({ orgUnitId: organ.branchA.id, festival: "不属于此类" }));
    if (!result.ok) throw new Error(result.error);
    expect(await getMassActivity(secretary, result.data)).toMatchObject({
      services: ["SKILLS_TRAINING", "MATERIAL_DONATION", "HEALTH_CLINIC"],
      peopleServed: 80,
      festival: null,
      orgUnitId: organ.branchA.id,
      canEdit: true,
    });
  });

  it("asks a village visit for its services, and refuses a code that is not one", async () => {
    await actingAs(organ.secretaryA.username);
    expect(await createMassActivityAction(visit({ orgUnitId: organ.branchA.id, services: undefined }))).toMatchObject({
      ok: false,
      fieldErrors: { services: ["此项为必填项"] },
    });
    expect(await createMassActivityAction(visit({ orgUnitId: organ.branchA.id, services: "FIREWORKS" }))).toMatchObject({
      ok: false,
      fieldErrors: { services: ["请选择有效的选项"] },
    });
  });

  it("keeps a secretary to their own branch: no organ-level records, no other branch's, no organisations", async () => {
    await actingAs(organ.secretaryA.username);
    const before = await testDb().massActivity.count();
    expect(await createMassActivityAction(visit({}))).toMatchObject({ ok: false });
    expect(await createMassActivityAction(visit({ orgUnitId: organ.branchB.id }))).toMatchObject({ ok: false, error: "只能查看和修改本支部的记录" });
    expect(await createMassOrganizationAction({ kind: "WOMEN", name: "妇委会" })).toMatchObject({ ok: false });
    expect(await testDb().massActivity.count()).toBe(before);
  });

  it("shows a secretary their branch's and the organ's activities, not another branch's", async () => {
    const db = testDb();
    const [own, organLevel, other] = await Promise.all([
      createMassActivity(db, { kind: "VOLUNTEER", orgUnitId: organ.branchA.id, date: day("2031-03-05") }),
      createMassActivity(db, { kind: "FESTIVAL", festival: "妇女节", date: day("2031-03-08") }),
      createMassActivity(db, { kind: "DUAL_REPORT", orgUnitId: organ.branchB.id, date: day("2031-03-09") }),
    ]);
    const secretary = await actingAs(organ.secretaryA.username);
    const list = await listMassActivities(secretary, massListQuerySchema.parse({ from: "2031-01-01", to: "2031-12-31" }));
    expect(list.rows.map((row) => row.id).sort()).toEqual([own.id, organLevel.id].sort());
    await expect(getMassActivity(secretary, other.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await actingAs(organ.secretaryB.username);
    expect(
      await updateMassActivityAction({ id: own.id, version: 1, kind: "VOLUNTEER", date: "2031-03-05", title: "改", orgUnitId: organ.branchB.id }),
    ).toMatchObject({ ok: false });
  });
});
