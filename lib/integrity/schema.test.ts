import { describe, expect, it } from "vitest";
import { issuesByField } from "@/lib/validation-issues";
import { createIntegrityActivitySchema } from "./schema";

const base = { organiserLevel: "PARTY_GROUP", date: "2025-03-01", title: "活动" };

describe("integrity activity schema", () => {
  it("requires what the kind needs, field by field", () => {
    const talk = createIntegrityActivitySchema.safeParse({ ...base, kind: "TALK" });
    expect(talk.success).toBe(false);
    expect(Object.keys(issuesByField(talk.error!)).sort()).toEqual(["talkType", "talkee", "talker"]);
    expect(createIntegrityActivitySchema.safeParse({ ...base, kind: "PROPOSAL" }).success).toBe(true);
  });

  it("asks a branch-level record for its branch and drops the branch of an organ-level one", () => {
    const branchLevel = createIntegrityActivitySchema.safeParse({ ...base, kind: "PROPOSAL", organiserLevel: "BRANCH" });
    expect(issuesByField(branchLevel.error!).orgUnitId).toEqual(["validation.required"]);
    expect(createIntegrityActivitySchema.parse({ ...base, kind: "PROPOSAL", orgUnitId: "branch-1" }).orgUnitId).toBeNull();
  });

  it("keeps only the figures of the chosen kind", () => {
    const parsed = createIntegrityActivitySchema.parse({ ...base, kind: "RESPONSIBILITY_LETTER", letterLevel: "GROUP_TO_DEPARTMENT", lettersSigned: "12", peopleReached: "40", talker: "某" });
    expect(parsed).toMatchObject({ lettersSigned: 12, letterLevel: "GROUP_TO_DEPARTMENT", peopleReached: null, talker: null, participantCount: 0 });
  });

  it("refuses a round of no letters and a fractional head count with the area's own messages", () => {
    const parsed = createIntegrityActivitySchema.safeParse({ ...base, kind: "RESPONSIBILITY_LETTER", letterLevel: "GROUP_TO_DEPARTMENT", lettersSigned: "0", participantCount: "2.5" });
    expect(issuesByField(parsed.error!)).toMatchObject({ lettersSigned: ["validation.integrityAtLeastOne"], participantCount: ["validation.integrityWholeNumber"] });
  });
});
