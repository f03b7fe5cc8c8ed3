import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/ledger/[type]/route";
import { createMember, createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";
import { siteRequest } from "./records-fixtures";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
  await createMember(testDb(), organ.branchA.id, { name: "张三", birthDate: "1988-12-31" });
  await createMember(testDb(), organ.branchA.id, { name: "李四" });
});

async function ledger(username: string, query: string, type = "roster") {
  signedInAs(await signIn(username));
  return GET(siteRequest(`/api/ledger/${type}${query}`), { params: Promise.resolve({ type }) });
}

async function sheetOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0];
}

describe("roster ledger", () => {
  it("downloads the branch's roster as it is listed, with a Chinese file name, and audits the export", async () => {
    const response = await ledger(organ.partyOffice.username, `?branch=${organ.branchA.id}&page=3`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const disposition = response.headers.get("content-disposition")!;
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toMatch(new RegExp(`^${organ.branchA.name}党员名册\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const sheet = await sheetOf(response);
    expect(sheet.name).toBe("党员名册");
    expect(sheet.getRow(1).values).toEqual([undefined, "姓名", "党员编号", "性别", "出生日期", "年龄", "职务/职级", "处级以上干部", "入党日期", "党员类别", "支委职务"]);
    // Every member of the branch (the page parameter is ignored), sorted as on the page.
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("张三");
    expect(names).toHaveLength(3);
    const zhang = sheet.getRow(names.indexOf("张三") + 2);
    expect((zhang.getCell(4).value as Date).toISOString()).toBe("1988-12-31T00:00:00.000Z");
    expect(zhang.getCell(3).value).toBe("女");
    expect(zhang.getCell(7).value).toBe("否");
    expect(await testDb().auditLog.count({ where: { actorId: organ.partyOffice.id, action: "EXPORT", entity: "Ledger", entityId: "roster" } })).toBe(1);
  });

  it("applies the list's search", async () => {
    const sheet = await sheetOf(await ledger(organ.partyOffice.username, `?branch=${organ.branchA.id}&q=${encodeURIComponent("李")}`));
    expect(sheet.getColumn(1).values.slice(2)).toEqual(["李四"]);
  });

  it("gives a secretary their own branch and refuses another's", async () => {
    const own = await sheetOf(await ledger(organ.secretaryA.username, ""));
    expect(own.getColumn(1).values.slice(2)).toHaveLength(3);
    const other = await ledger(organ.secretaryA.username, `?branch=${organ.branchB.id}`);
    expect(other.status).toBe(403);
    expect(await testDb().auditLog.count({ where: { actorId: organ.secretaryA.id, action: "EXPORT" } })).toBe(1);
  });

  it("refuses administrators and unknown ledgers", async () => {
    expect((await ledger(organ.systemAdmin.username, `?branch=${organ.branchA.id}`)).status).toBe(403);
    expect((await ledger(organ.partyOffice.username, "", "no-such-ledger")).status).toBe(404);
    expect((await ledger(organ.partyOffice.username, "", "toString")).status).toBe(404);
  });
});
