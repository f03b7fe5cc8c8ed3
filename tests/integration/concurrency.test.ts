import { beforeAll, describe, expect, it } from "vitest";
import { createManagementRecordAction, updateManagementRecordAction } from "@/lib/management/actions";
import { createRectificationItemAction, updateRectificationItemAction } from "@/lib/rectification/actions";
import { updateMemberAction } from "@/lib/roster/actions";
import { saveFrequenciesAction } from "@/lib/org-life/actions";
import { DEFAULT_FREQUENCIES } from "@/lib/org-life/schema";
import { FREQUENCIES_KEY } from "@/lib/org-life/settings";
import { createOrgan, createUser, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

// Optimistic concurrency: a save over someone else's newer one is refused, names what they
// changed (as stored now) and who saved it when, and writes nothing.

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

const memberForm = { gender: "FEMALE", birthDate: "1990-05-01", joinedPartyOn: "2015-07-01", status: "FULL" };

describe("a stale save", () => {
  it("is refused with the fields another user changed, their current values and who saved them when", async () => {
    const member = await testDb().member.findUniqueOrThrow({ where: { id: organ.memberA.id } });
    // Both editors loaded version 1; the secretary saves first.
    signedInAs(await signIn(organ.secretaryA.username));
    const first = await updateMemberAction({ ...memberForm, id: member.id, version: member.version, name: "李红", position: "一级主任科员" });
    expect(first).toMatchObject({ ok: true });
    const updates = () => testDb().auditLog.count({ where: { entity: "Member", entityId: member.id, action: "UPDATE" } });
    expect(await updates()).toBe(1);

    signedInAs(await signIn(organ.partyOffice.username));
    const second = await updateMemberAction({ ...memberForm, id: member.id, version: member.version, name: "王芳", status: "PROBATIONARY" });

    expect(second).toMatchObject({ ok: false, error: expect.stringContaining("已被他人修改") });
    if (second.ok) throw new Error("unreachable");
    expect(second.conflict).toMatchObject({ savedBy: organ.secretaryA.displayName, savedAt: expect.any(String) });
    // The party office's own edits (status) are not "what changed"; the secretary's are.
    expect(second.conflict?.changes).toEqual([
      { field: "name", label: "姓名", value: "李红" },
      { field: "position", label: "职务/职级", value: "一级主任科员" },
    ]);
    // Nothing written: the secretary's version stands and no audit row was added.
    expect(await testDb().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ name: "李红", status: "FULL", version: member.version + 1 });
    expect(await updates()).toBe(1);
  });

  it("of a setting versioned by its save time names the changed settings, translated", async () => {
    const otherOffice = await createUser(testDb(), "PARTY_OFFICE");
    signedInAs(await signIn(organ.partyOffice.username));
    expect(await saveFrequenciesAction({ ...DEFAULT_FREQUENCIES, THEME_DAY: "QUARTER" })).toMatchObject({ ok: true });
    const loadedAt = (await testDb().setting.findUniqueOrThrow({ where: { key: FREQUENCIES_KEY } })).updatedAt.toISOString();

    signedInAs(await signIn(organ.partyOffice.username));
    expect(await saveFrequenciesAction({ ...DEFAULT_FREQUENCIES, THEME_DAY: "QUARTER", HEART_TALK: "YEAR", loadedAt })).toMatchObject({ ok: true });

    signedInAs(await signIn(otherOffice.username));
    const stale = await saveFrequenciesAction({ ...DEFAULT_FREQUENCIES, PARTY_CONGRESS: "YEAR", loadedAt });
    expect(stale).toMatchObject({
      ok: false,
      conflict: { savedBy: organ.partyOffice.displayName, changes: [{ field: "HEART_TALK", label: "谈心谈话", value: "每年" }] },
    });
    const stored = await testDb().setting.findUniqueOrThrow({ where: { key: FREQUENCIES_KEY } });
    expect(stored.value).toMatchObject({ PARTY_CONGRESS: DEFAULT_FREQUENCIES.PARTY_CONGRESS, HEART_TALK: "YEAR" });
  });

  it("of a rectification item names the problem another user rewrote", async () => {
    signedInAs(await signIn(organ.partyOffice.username));
    const form = {
      source: "ORG_LIFE_MEETING",
      problem: "谈心谈话不够深入",
      measures: "逐一谈心谈话",
      class: "DEADLINE",
      responsibleLeaderId: organ.leader.id,
      orgUnitId: organ.branchA.id,
      ownerId: organ.secretaryA.id,
      verifierId: organ.leader.id,
      deadline: "2040-06-30",
    };
    const created = await createRectificationItemAction(form);
    if (!created.ok) throw new Error(created.error);
    const id = created.data as string;
    expect(await updateRectificationItemAction({ ...form, id, version: 1, problem: "谈心谈话覆盖不全" })).toMatchObject({ ok: true });
    const updates = () => testDb().auditLog.count({ where: { entity: "RectificationItem", entityId: id, action: "UPDATE" } });
    expect(await updates()).toBe(1);

    signedInAs(await signIn(organ.secretaryA.username));
    const stale = await updateRectificationItemAction({ ...form, id, version: 1, measures: "书记逐一谈心谈话并记录" });
    expect(stale).toMatchObject({ ok: false, conflict: { savedBy: organ.partyOffice.displayName, changes: [{ field: "problem", label: "问题", value: "谈心谈话覆盖不全" }] } });
    expect(await testDb().rectificationItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ problem: "谈心谈话覆盖不全", measures: form.measures, version: 2 });
    expect(await updates()).toBe(1);
  });

  it("of a management record names the field another user changed, labelled as its section's form labels it", async () => {
    signedInAs(await signIn(organ.secretaryA.username));
    const form = { section: "publicity-items", channel: "WECHAT", title: "支部活动报道", date: "2025-06-01", orgUnitId: organ.branchA.id };
    const created = await createManagementRecordAction(form);
    if (!created.ok) throw new Error(created.error);
    const id = created.data as string;
    expect(await updateManagementRecordAction({ ...form, id, version: 1, title: "支部主题党日报道" })).toMatchObject({ ok: true });
    const updates = () => testDb().auditLog.count({ where: { entityId: id, action: "UPDATE" } });
    expect(await updates()).toBe(1);

    signedInAs(await signIn(organ.partyOffice.username));
    const stale = await updateManagementRecordAction({ ...form, id, version: 1, channel: "WEBSITE" });
    expect(stale).toMatchObject({ ok: false, conflict: { savedBy: organ.secretaryA.displayName, changes: [{ field: "title", label: "标题", value: "支部主题党日报道" }] } });
    expect(await testDb().publicityItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ channel: "WECHAT", title: "支部主题党日报道", version: 2 });
    expect(await updates()).toBe(1);
  });
});
