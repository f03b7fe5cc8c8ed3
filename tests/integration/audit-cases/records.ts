// Audit-coverage cases of the shared records machinery (see ../audit-coverage.test.ts).
import * as attachmentActions from "@/lib/attachments/actions";
import * as campaignActions from "@/lib/campaigns/actions";
import * as notificationActions from "@/lib/notifications/actions";
import * as recordActions from "@/lib/records/actions";
import { day } from "../../factories";
import { testDb } from "../helpers";
import { createActivity } from "../records-fixtures";
import type { AuditCase } from "./types";

export const cases: Record<string, AuditCase> = {
  deleteAttachmentAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const record = await createActivity(testDb(), o.branchA.id);
      const attachment = await testDb().attachment.create({
        data: {
          recordType: "ThemedActivity",
          recordId: record.id,
          orgUnitId: o.branchA.id,
          fileName: "签到表.png",
          mimeType: "image/png",
          size: 1,
          sha256: "0".repeat(64),
          storageKey: `2026/03/${crypto.randomUUID()}`,
          uploadedById: o.secretaryA.id,
        },
      });
      return attachmentActions.deleteAttachmentAction({ id: attachment.id });
    },
  },
  deleteRecordAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => recordActions.deleteRecordAction({ type: "ThemedActivity", id: (await createActivity(testDb(), o.branchA.id)).id }),
  },
  restoreRecordAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => {
      const record = await testDb().themedActivity.update({ where: { id: (await createActivity(testDb(), o.branchA.id)).id }, data: { deletedAt: new Date() } });
      return recordActions.restoreRecordAction({ type: "ThemedActivity", id: record.id });
    },
  },
  createCampaignAction: {
    as: (o) => o.partyOffice.username,
    run: () => campaignActions.createCampaignAction({ name: "主题教育", startDate: "2026-04-01" }),
  },
  updateCampaignAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const campaign = await testDb().campaign.create({ data: { name: "文明单位创建", startDate: day("2026-01-01") } });
      return campaignActions.updateCampaignAction({ id: campaign.id, version: 1, name: "文明单位创建（2026）", startDate: "2026-01-01" });
    },
  },
  markReadAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const notification = await testDb().notification.create({ data: { userId: o.secretaryA.id, kind: "test", title: "提醒" } });
      return notificationActions.markReadAction({ id: notification.id });
    },
  },
  markAllReadAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      await testDb().notification.create({ data: { userId: o.secretaryA.id, kind: "test", title: "提醒" } });
      return notificationActions.markAllReadAction({});
    },
  },
};
