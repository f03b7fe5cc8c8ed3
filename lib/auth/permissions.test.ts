import { describe, expect, it } from "vitest";
import { can } from "./permissions";
import { ADMIN_ROLES } from "./roles";

describe("permission map", () => {
  it("keeps the three administrators away from Party-building records", () => {
    for (const role of ADMIN_ROLES) {
      expect(can(role, "records.read")).toBe(false);
      expect(can(role, "records.write")).toBe(false);
      expect(can(role, "roster.read")).toBe(false);
    }
  });

  it("lets leadership read but not write", () => {
    expect(can("LEADER", "records.read")).toBe(true);
    expect(can("LEADER", "records.write")).toBe(false);
    expect(can("LEADER", "roster.write")).toBe(false);
  });

  it("separates the administrators' duties", () => {
    expect(can("SYSTEM_ADMIN", "users.manage")).toBe(true);
    expect(can("SYSTEM_ADMIN", "users.unlock")).toBe(false);
    expect(can("SECURITY_ADMIN", "users.unlock")).toBe(true);
    expect(can("SECURITY_ADMIN", "audit.read")).toBe(false);
    expect(can("AUDIT_ADMIN", "audit.read")).toBe(true);
    expect(can("AUDIT_ADMIN", "users.manage")).toBe(false);
  });
});
