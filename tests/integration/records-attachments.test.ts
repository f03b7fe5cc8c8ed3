import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/attachments/route";
import { GET } from "@/app/api/attachments/[id]/route";
import { deleteAttachmentAction } from "@/lib/attachments/actions";
import { listAttachments, uploadAttachments } from "@/lib/attachments/service";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/rules";
import { getCurrentUser } from "@/lib/auth/session";
import { HTML_BYTES, officePackage, PDF_BYTES, PNG_BYTES } from "../support/sample-files";
import { createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";
import { createActivity, siteRequest } from "./records-fixtures";

let organ: Awaited<ReturnType<typeof createOrgan>>;
let uploadDir: string;
let activityA: { id: string };
let activityB: { id: string };
let organActivity: { id: string };

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "partydesk-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
  organ = await createOrgan(testDb());
  [activityA, activityB, organActivity] = await Promise.all([
    createActivity(testDb(), organ.branchA.id),
    createActivity(testDb(), organ.branchB.id),
    createActivity(testDb(), null),
  ]);
});

afterAll(() => rm(uploadDir, { recursive: true, force: true }));

async function actingAs(username: string | null) {
  signedInAs(username ? await signIn(username) : null);
  return username ? (await getCurrentUser())! : null;
}

function uploadRequest(recordId: string, files: { name: string; bytes: Uint8Array; type?: string }[], headers?: Record<string, string>) {
  const form = new FormData();
  form.append("recordType", "ThemedActivity");
  form.append("recordId", recordId);
  for (const file of files) form.append("files", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "image/jpeg" }));
  return siteRequest("/api/attachments", { method: "POST", body: form, headers });
}

const download = (id: string) => GET(siteRequest(`/api/attachments/${id}`), { params: Promise.resolve({ id }) });

/** Every file under the upload directory. */
async function storedFiles(): Promise<string[]> {
  return (await readdir(uploadDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("evidence attachments", () => {
  it("keeps a secretary's photo under a generated name and shows it only to readers of the record", async () => {
    await actingAs(organ.secretaryA.username);
    const response = await POST(uploadRequest(activityA.id, [{ name: "签到表.png", bytes: PNG_BYTES, type: "image/png" }]));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, data: [{ fileName: "签到表.png", mimeType: "image/png", size: PNG_BYTES.length }] });
    const id = body.data[0].id as string;

    const row = await testDb().attachment.findUniqueOrThrow({ where: { id } });
    expect(row.storageKey).not.toContain("签到表");
    expect(await readFile(path.join(uploadDir, row.storageKey))).toEqual(PNG_BYTES);
    expect(await testDb().auditLog.count({ where: { action: "CREATE", entity: "Attachment", entityId: id } })).toBe(1);

    const served = await download(id);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("content-disposition")).toMatch(/^inline; .*filename\*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8\.png$/);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG_BYTES);

    await actingAs(organ.leader.username);
    expect((await download(id)).status).toBe(200);
    await actingAs(organ.secretaryB.username);
    expect((await download(id)).status).toBe(403);
    await actingAs(organ.auditAdmin.username);
    expect((await download(id)).status).toBe(403);
    await actingAs(null);
    expect((await download(id)).status).toBe(401);
  });

  it("sends documents as downloads, never inline", async () => {
    await actingAs(organ.partyOffice.username);
    const [pdf, docx] = await uploadAttachments((await getCurrentUser())!, {
      recordType: "ThemedActivity",
      recordId: organActivity.id,
      files: [new File([new Uint8Array(PDF_BYTES)], "会议纪要.pdf"), new File([new Uint8Array(await officePackage("docx"))], "方案.docx")],
    });
    for (const attachment of [pdf, docx]) {
      const served = await download(attachment.id);
      expect(served.headers.get("content-disposition")).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
      expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect((await download(docx.id)).headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // Party-group-level evidence is readable by every business role.
    await actingAs(organ.secretaryB.username);
    expect((await download(pdf.id)).status).toBe(200);
  });

  it("refuses an upload whose bytes are not what its name claims, and keeps nothing", async () => {
    const user = (await actingAs(organ.secretaryA.username))!;
    const filesBefore = await storedFiles();
    const countBefore = await testDb().attachment.count();
    await expect(
      uploadAttachments(user, { recordType: "ThemedActivity", recordId: activityA.id, files: [new File([new Uint8Array(PDF_BYTES)], "照片.jpg")] }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { files: ["validation.attachmentMismatch:照片.jpg"] } });
    // One bad file in a batch refuses the whole batch.
    const response = await POST(
      uploadRequest(activityA.id, [
        { name: "好照片.png", bytes: PNG_BYTES },
        { name: "坏照片.png", bytes: PDF_BYTES },
      ]),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.files).toEqual(["“坏照片.png”的内容与文件扩展名不符，已拒绝"]);
    expect(await testDb().attachment.count()).toBe(countBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("refuses HTML posing as an image", async () => {
    await actingAs(organ.secretaryA.username);
    const response = await POST(uploadRequest(activityA.id, [{ name: "照片.jpg", bytes: HTML_BYTES, type: "image/jpeg" }]));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      fieldErrors: { files: ["“照片.jpg”不是支持的文件类型（图片、PDF、Word、Excel、PowerPoint），已拒绝"] },
    });
  });

  it("does not let a secretary attach a file to another branch's record or a Party-group record", async () => {
    await actingAs(organ.secretaryA.username);
    const countBefore = await testDb().attachment.count();
    const otherBranch = await POST(uploadRequest(activityB.id, [{ name: "照片.png", bytes: PNG_BYTES }]));
    expect(otherBranch.status).toBe(403);
    expect(await otherBranch.json()).toMatchObject({ ok: false, error: "只能查看和修改本支部的记录" });
    expect((await POST(uploadRequest(organActivity.id, [{ name: "照片.png", bytes: PNG_BYTES }]))).status).toBe(403);
    expect(await testDb().attachment.count()).toBe(countBefore);
    expect(await testDb().auditLog.count({ where: { actorId: organ.secretaryA.id, action: "REFUSED", entity: "attachments.upload" } })).toBe(2);
    // Leadership reads everything and writes nothing.
    await actingAs(organ.leader.username);
    expect((await POST(uploadRequest(activityA.id, [{ name: "照片.png", bytes: PNG_BYTES }]))).status).toBe(403);
  });

  it("refuses uploads without this site's Origin, unknown records and oversized files", async () => {
    await actingAs(organ.secretaryA.username);
    const file = [{ name: "照片.png", bytes: PNG_BYTES }];
    expect((await POST(uploadRequest(activityA.id, file, { origin: "https://evil.example" }))).status).toBe(403);
    const form = new FormData();
    form.append("recordType", "ThemedActivity");
    form.append("recordId", activityA.id);
    const withoutOrigin = new Request("http://localhost:3000/api/attachments", { method: "POST", body: form, headers: { host: "localhost:3000" } });
    expect((await POST(withoutOrigin)).status).toBe(403);
    expect((await POST(uploadRequest("no-such-record", file))).status).toBe(404);
    const huge = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    PNG_BYTES.copy(huge);
    const tooLarge = await POST(uploadRequest(activityA.id, [{ name: "大照片.png", bytes: huge }]));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ ok: false, error: "文件太大：每个文件不能超过 20 MB" });
  });

  it("deletes softly, by writers of the record only, and stops serving the file", async () => {
    const user = (await actingAs(organ.secretaryA.username))!;
    const [attachment] = await uploadAttachments(user, {
      recordType: "ThemedActivity",
      recordId: activityA.id,
      files: [new File([new Uint8Array(PNG_BYTES)], "待删除.png")],
    });
    await actingAs(organ.secretaryB.username);
    expect(await deleteAttachmentAction({ id: attachment.id })).toMatchObject({ ok: false });
    await actingAs(organ.secretaryA.username);
    expect(await deleteAttachmentAction({ id: attachment.id })).toMatchObject({ ok: true });
    expect((await listAttachments(user, "ThemedActivity", activityA.id)).map((item) => item.id)).not.toContain(attachment.id);
    expect((await testDb().attachment.findUniqueOrThrow({ where: { id: attachment.id } })).deletedAt).not.toBeNull();
    expect((await download(attachment.id)).status).toBe(404);
  });

  it("stops serving the files of a deleted record", async () => {
    const user = (await actingAs(organ.secretaryA.username))!;
    const record = await createActivity(testDb(), organ.branchA.id);
    const [attachment] = await uploadAttachments(user, { recordType: "ThemedActivity", recordId: record.id, files: [new File([new Uint8Array(PNG_BYTES)], "a.png")] });
    await testDb().themedActivity.update({ where: { id: record.id }, data: { deletedAt: new Date() } });
    expect((await download(attachment.id)).status).toBe(404);
    await expect(listAttachments(user, "ThemedActivity", record.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
