import { describe, expect, it } from "vitest";
import { createMassActivitySchema } from "./schema";

const visit = { kind: "VILLAGE_VISIT", date: "2025-05-01", title: "走访共建村", peopleServed: "50" };

describe("mass activity schema", () => {
  it("takes one ticked service as a string and several as a list, without duplicates", () => {
    expect(createMassActivitySchema.parse({ ...visit, services: "HEALTH_CLINIC" }).services).toEqual(["HEALTH_CLINIC"]);
    expect(createMassActivitySchema.parse({ ...visit, services: ["SKILLS_TRAINING", "HEALTH_CLINIC", "SKILLS_TRAINING"] }).services).toEqual([
      "SKILLS_TRAINING",
      "HEALTH_CLINIC",
    ]);
  });

  it("clears the services and people served of an activity that is not a village visit", () => {
    expect(createMassActivitySchema.parse({ ...visit, kind: "VOLUNTEER", services: ["OTHER"] })).toMatchObject({ services: [], peopleServed: null, orgUnitId: null });
  });
});
