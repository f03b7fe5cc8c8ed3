import { describe, expect, it } from "vitest";
import { parseCalendarDate, todayInOrgan } from "@/lib/dates";
import { deadlineState } from "./deadline";

const day = (value: string) => parseCalendarDate(value)!;

describe("deadlineState", () => {
  it("counts a task due today as pending, and overdue from the next day", () => {
    const task = { status: "IN_PROGRESS" as const, deadline: day("2024-12-31"), completedOn: null };
    expect(deadlineState(task, day("2024-12-31"))).toEqual({ kind: "pending", days: 0 });
    expect(deadlineState(task, day("2025-01-02"))).toEqual({ kind: "overdue", days: 2 });
  });

  it("decides today in Asia/Shanghai: 16:30 UTC on 31 December is already 1 January there", () => {
    const task = { status: "NOT_STARTED" as const, deadline: day("2024-12-31"), completedOn: null };
    expect(deadlineState(task, todayInOrgan(new Date("2024-12-31T16:30:00Z")))).toEqual({ kind: "overdue", days: 1 });
    expect(deadlineState(task, todayInOrgan(new Date("2024-12-31T15:30:00Z")))).toEqual({ kind: "pending", days: 0 });
  });

  it("marks a task done after its deadline as done late", () => {
    expect(deadlineState({ status: "DONE", deadline: day("2024-03-31"), completedOn: day("2024-04-01") }, day("2024-06-01"))).toEqual({ kind: "done", late: true });
    expect(deadlineState({ status: "DONE", deadline: day("2024-03-31"), completedOn: day("2024-03-31") }, day("2024-06-01"))).toEqual({ kind: "done", late: false });
  });
});
