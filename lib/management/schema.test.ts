import { describe, expect, it } from "vitest";
import { createManagementRecordSchema, submitDocumentSchema, updateManagementRecordSchema } from "./schema";

const issuesOf = (value: unknown) => {
  const parsed = createManagementRecordSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message.replace("validation.", "")}`);
};

describe("management form schemas", () => {
  it("reads a section's form by its hidden section field", () => {
    expect(createManagementRecordSchema.parse({ section: "publicity-items", channel: "WECHAT", title: " 报道 ", date: "2025-06-01", orgUnitId: "b1" })).toEqual({
      section: "publicity-items",
      channel: "WECHAT",
      title: "报道",
      date: new Date(Date.UTC(2025, 5, 1)),
      orgUnitId: "b1",
      link: null,
    });
    expect(issuesOf({ section: "supervision", title: "x" }).length).toBeGreaterThan(0);
  });

  it("refuses a term that ends before it starts, a third half-year and a link that is not a web address", () => {
    expect(issuesOf({ section: "committee-terms", orgUnitId: "b1", startDate: "2025-01-01", endDate: "2024-12-31" })).toContain("endDate:managementEndAfterStart");
    expect(issuesOf({ section: "ideology-records", kind: "HALF_YEAR_SUMMARY", year: "2025", period: "3", date: "2025-07-01", title: "总结" })).toContain("period:managementHalfYear");
    expect(issuesOf({ section: "publicity-items", channel: "WECHAT", title: "报道", date: "2025-06-01", link: "javascript:alert(1)" })).toContain("link:managementUrl");
  });

  it("needs the branches taking part in a joint activity, and a version to update", () => {
    expect(issuesOf({ section: "joint-activities", title: "联建", date: "2025-06-01" })).toContain("participants[]:managementParticipantsRequired");
    expect(updateManagementRecordSchema.safeParse({ section: "party-trainings", id: "t1", title: "培训", date: "2025-06-01", participantCount: "3" }).success).toBe(false);
  });

  it("needs a file to submit", () => {
    expect(submitDocumentSchema.safeParse({ requestId: "r1", orgUnitId: "b1" }).success).toBe(false);
    expect(submitDocumentSchema.safeParse({ requestId: "r1", orgUnitId: "b1", files: new File(["%PDF"], "计划.pdf") }).success).toBe(true);
  });
});
