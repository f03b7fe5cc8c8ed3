import { describe, expect, it } from "vitest";
import { parseCalendarDate, todayInOrgan } from "@/lib/dates";
import { escalationOf, thresholdsFromSetting } from "./escalation";

const today = parseCalendarDate("2026-06-10")!;
const deadlineIn = (days: number) => new Date(today.getTime() + days * 86_400_000);

describe("escalationOf", () => {
  it.each([
    [21, "ON_TRACK"],
    [20, "YELLOW"],
    [11, "YELLOW"],
    [10, "RED"],
    [0, "RED"],
    [-1, "OVERDUE"],
  ] as const)("%i days left is %s", (days, level) => {
    expect(escalationOf(deadlineIn(days), today)).toBe(level);
  });

  it("uses configured thresholds", () => {
    expect(escalationOf(deadlineIn(25), today, { yellowDays: 30, redDays: 5 })).toBe("YELLOW");
    expect(escalationOf(deadlineIn(5), today, { yellowDays: 30, redDays: 5 })).toBe("RED");
  });

  it("decides today in Asia/Shanghai: 16:30 UTC on 9 June is already 10 June there", () => {
    const deadline = parseCalendarDate("2026-06-09")!;
    expect(escalationOf(deadline, todayInOrgan(new Date("2026-06-09T15:59:00Z")))).toBe("RED");
    expect(escalationOf(deadline, todayInOrgan(new Date("2026-06-09T16:30:00Z")))).toBe("OVERDUE");
  });
});

describe("thresholdsFromSetting", () => {
  it("falls back to the defaults when the saved value is malformed or inverted", () => {
    expect(thresholdsFromSetting({ yellowDays: 5, redDays: 10 })).toEqual({ yellowDays: 20, redDays: 10 });
    expect(thresholdsFromSetting(null)).toEqual({ yellowDays: 20, redDays: 10 });
    expect(thresholdsFromSetting({ yellowDays: 30, redDays: 7 })).toEqual({ yellowDays: 30, redDays: 7 });
  });
});
