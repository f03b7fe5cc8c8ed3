import { describe, expect, it } from "vitest";
import { z } from "zod";
import { calendarDate, checkbox, passwordSchema, requiredText } from "./validation";
import { formDataToObject, issuesByField } from "./validation-issues";

describe("form parsing", () => {
  it("drops empty fields and keeps repeated names as arrays", () => {
    const form = new FormData();
    form.append("name", "张三");
    form.append("note", "");
    form.append("ids[]", "a");
    form.append("ids[]", "b");
    expect(formDataToObject(form)).toEqual({ name: "张三", "ids[]": ["a", "b"] });
  });

  it("reports a missing required field by name with a translation key", () => {
    const schema = z.object({ name: requiredText(10), date: calendarDate(), done: checkbox() });
    const result = schema.safeParse({ date: "2024-02-30" });
    expect(result.success).toBe(false);
    const fields = issuesByField(result.error!);
    expect(fields.name).toEqual(["validation.required"]);
    expect(fields.date).toEqual(["validation.invalidDate"]);
  });

  it("accepts a ticked checkbox and treats a missing one as false", () => {
    expect(checkbox().parse("on")).toBe(true);
    expect(checkbox().parse(undefined)).toBe(false);
  });
});

describe("password policy", () => {
  it("requires 8 characters and three character classes", () => {
    expect(passwordSchema.safeParse("Ab1!").success).toBe(false);
    expect(passwordSchema.safeParse("abcdefgh1").success).toBe(false);
    expect(passwordSchema.safeParse("abcdefG1").success).toBe(true);
    expect(passwordSchema.safeParse("Demo@2026").success).toBe(true);
  });
});
