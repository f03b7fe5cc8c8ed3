import { describe, expect, it } from "vitest";
import {
  ageOn,
  daysRemaining,
  formatCalendarDate,
  isYouthOn,
  parseCalendarDate,
  periodOf,
  todayInOrgan,
} from "./dates";

const d = (value: string) => parseCalendarDate(value)!;

describe("calendar dates", () => {
  it("parses real dates and refuses impossible ones", () => {
    expect(formatCalendarDate(d("2024-12-31"))).toBe("2024-12-31");
    expect(parseCalendarDate("2023-02-29")).toBeNull();
    expect(parseCalendarDate("2024-13-01")).toBeNull();
    expect(parseCalendarDate("31/12/2024")).toBeNull();
  });

  it("keeps a meeting on 31 December in its year and fourth quarter", () => {
    const meeting = d("2024-12-31");
    expect(periodOf("year", meeting).year).toBe(2024);
    expect(periodOf("quarter", meeting).index).toBe(4);
    expect(periodOf("half", meeting).index).toBe(2);
    expect(formatCalendarDate(periodOf("quarter", meeting).end)).toBe("2024-12-31");
  });

  it("splits the halves between 30 June and 1 July", () => {
    expect(periodOf("half", d("2024-06-30")).index).toBe(1);
    expect(periodOf("half", d("2024-07-01")).index).toBe(2);
    expect(formatCalendarDate(periodOf("month", d("2024-02-10")).end)).toBe("2024-02-29");
  });

  it("decides today in Asia/Shanghai, not in the server's zone", () => {
    // 2024-12-31 17:00 UTC is already 1 January 2025 in Beijing.
    expect(formatCalendarDate(todayInOrgan(new Date("2024-12-31T17:00:00Z")))).toBe("2025-01-01");
    expect(formatCalendarDate(todayInOrgan(new Date("2024-12-31T15:59:00Z")))).toBe("2024-12-31");
  });

  it("counts days remaining with the deadline day as 0 and the day after as -1", () => {
    const deadline = d("2025-01-10");
    expect(daysRemaining(deadline, new Date("2025-01-10T01:00:00+08:00"))).toBe(0);
    expect(daysRemaining(deadline, new Date("2025-01-11T00:30:00+08:00"))).toBe(-1);
    expect(daysRemaining(deadline, new Date("2024-12-21T23:00:00+08:00"))).toBe(20);
  });

  it("derives youth as under 35 on the given date", () => {
    const birth = d("1990-07-01");
    expect(ageOn(birth, d("2025-06-30"))).toBe(34);
    expect(isYouthOn(birth, d("2025-06-30"))).toBe(true);
    expect(isYouthOn(birth, d("2025-07-01"))).toBe(false);
  });
});
