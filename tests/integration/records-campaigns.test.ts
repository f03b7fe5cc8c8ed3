import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { assertCampaignsExist, getCampaign, listCampaignOptions, listCampaigns } from "@/lib/campaigns/service";
import { deleteRecordAction } from "@/lib/records/actions";
import { createOrgan, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";
import { createActivity } from "./records-fixtures";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

describe("campaigns", () => {
  it("are kept by the Party office and read by business roles", async () => {
    await actingAs(organ.partyOffice.username);
    const created = await createCampaignAction({ name: "学习贯彻主题教育", startDate: "2026-04-01", endDate: "2026-09-30", description: "全机关开展" });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: string }).data;
    expect(await updateCampaignAction({ id, version: 1, name: "主题教育", startDate: "2026-04-01", endDate: "2026-03-01" })).toMatchObject({
      ok: false,
      fieldErrors: { endDate: ["结束日期不能早于开始日期"] },
    });
    expect(await updateCampaignAction({ id, version: 1, name: "主题教育", startDate: "2026-04-01" })).toMatchObject({ ok: true });
    expect(await updateCampaignAction({ id, version: 1, name: "旧版本", startDate: "2026-04-01" })).toMatchObject({ ok: false, error: expect.stringContaining("已被他人修改") });

    await actingAs(organ.secretaryA.username);
    expect(await createCampaignAction({ name: "支部自建", startDate: "2026-01-01" })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
    const secretary = (await getCurrentUser())!;
    expect((await listCampaignOptions(secretary)).map((option) => option.name)).toContain("主题教育");
    await expect(listCampaigns(await actingAs(organ.systemAdmin.username), { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("filter by keyword and by the period they overlap", async () => {
    const [spring, ongoing] = await Promise.all([
      testDb().campaign.create({ data: { name: "春季读书月", startDate: day("2025-03-01"), endDate: day("2025-03-31") } }),
      testDb().campaign.create({ data: { name: "文明单位创建", startDate: day("2024-01-01") } }),
    ]);
    const user = await actingAs(organ.leader.username);
    const names = async (query: { q?: string; from?: Date; to?: Date }) => (await listCampaigns(user, { page: 1, ...query })).rows.map((row) => row.id);
    expect(await names({ q: "读书" })).toEqual([spring.id]);
    expect(await names({ from: day("2025-03-31"), to: day("2025-04-30") })).toEqual(expect.arrayContaining([spring.id, ongoing.id]));
    expect(await names({ from: day("2025-04-01"), to: day("2025-04-30") })).not.toContain(spring.id);
    expect(await names({ q: "文明", from: day("2025-04-01") })).toEqual([ongoing.id]);
  });

  it("count the live records tagged with them across every pillar, in one query", async () => {
    const campaign = await testDb().campaign.create({ data: { name: "模范机关创建", startDate: day("2026-01-01") } });
    const other = await testDb().campaign.create({ data: { name: "其他活动", startDate: day("2026-01-01") } });
    await createActivity(testDb(), organ.branchA.id, { campaignIds: [campaign.id] });
    await createActivity(testDb(), organ.branchB.id, { campaignIds: [other.id, campaign.id] });
    await createActivity(testDb(), organ.branchB.id, { campaignIds: [other.id] });
    const removed = await createActivity(testDb(), organ.branchA.id, { campaignIds: [campaign.id] });
    await testDb().integrityActivity.create({
      data: { kind: "WARNING_EDUCATION", organiserLevel: "PARTY_GROUP", date: day("2026-02-01"), title: "警示教育大会", campaignIds: [campaign.id] },
    });
    await actingAs(organ.secretaryA.username);
    expect(await deleteRecordAction({ type: "ThemedActivity", id: removed.id })).toMatchObject({ ok: true });

    // A secretary sees the counts of every branch: they are aggregates.
    const detail = await getCampaign(await actingAs(organ.secretaryA.username), campaign.id);
    expect(detail.tagged).toEqual([
      { type: "ThemedActivity", count: 2 },
      { type: "IntegrityActivity", count: 1 },
    ]);
  });

  it("give pillar forms a campaignIds[] field and an existence check", async () => {
    const schema = z.object({ "campaignIds[]": campaignIdsField() });
    expect(schema.parse({})).toEqual({ "campaignIds[]": [] });
    expect(schema.parse({ "campaignIds[]": "c1" })).toEqual({ "campaignIds[]": ["c1"] });
    expect(schema.parse({ "campaignIds[]": ["c1", "c2", "c1", " "] })).toEqual({ "campaignIds[]": ["c1", "c2"] });
    expect(schema.safeParse({ "campaignIds[]": [1] }).success).toBe(false);

    const live = await testDb().campaign.create({ data: { name: "在用", startDate: day("2026-01-01") } });
    const deleted = await testDb().campaign.create({ data: { name: "已删", startDate: day("2026-01-01"), deletedAt: new Date() } });
    await expect(assertCampaignsExist(testDb(), [live.id, live.id])).resolves.toBeUndefined();
    await expect(assertCampaignsExist(testDb(), [live.id, deleted.id])).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { "campaignIds[]": ["validation.invalidChoice"] } });
    await expect(assertCampaignsExist(testDb(), ["nope"])).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
