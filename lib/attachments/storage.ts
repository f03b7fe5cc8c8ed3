import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where evidence bytes live. The app only ever passes keys made by newStorageKey(), never a
 * user's file name, so an object store (S3-compatible) can replace the directory by
 * implementing these three calls.
 */
export interface AttachmentStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh key, grouped by upload month so no directory grows without bound. */
export function newStorageKey(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
}

function checkedKey(key: string): string {
  // Keys come from the database; refusing anything else keeps a bad row from reaching outside the directory.
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key: ${key}`);
  return key;
}

export class LocalDirectoryStorage implements AttachmentStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, ...checkedKey(key).split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": a key is written once; an existing file is never overwritten.
    await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

let storage: AttachmentStorage | undefined;

/** The configured storage: the directory UPLOAD_DIR (default .data/uploads, relative to the working directory). */
export function attachmentStorage(): AttachmentStorage {
  storage ??= new LocalDirectoryStorage(path.resolve(process.env.UPLOAD_DIR || ".data/uploads"));
  return storage;
}
