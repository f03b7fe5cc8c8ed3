import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { RECORDS_CACHE_SECONDS, RECORDS_CACHE_TAG, RECORDS_VERSION_NAME } from "./cache-keys";

/**
 * Tells every cache that records changed. The tag expires this process's cached figures at once;
 * the version in PostgreSQL reaches every other instance, whose caches key on it.
 */
export async function recordsChanged(): Promise<void> {
  revalidateTag(RECORDS_CACHE_TAG, { expire: 0 });
  await db.cacheVersion.upsert({
    where: { name: RECORDS_VERSION_NAME },
    create: { name: RECORDS_VERSION_NAME, value: 1 },
    update: { value: { increment: 1 } },
  });
}

async function recordsVersion(): Promise<string> {
  const row = await db.cacheVersion.findUnique({ where: { name: RECORDS_VERSION_NAME } });
  return String(row?.value ?? 0);
}

/**
 * `compute` cached per arguments until records change anywhere: keyed on the records version, so
 * an instance that did not make the write still never serves figures older than it.
 */
export function cacheUntilRecordsChange<A extends unknown[], R>(compute: (...args: A) => Promise<R>, key: string): (...args: A) => Promise<R> {
  const cached = unstable_cache((_version: string, ...args: A) => compute(...args), [key], {
    tags: [RECORDS_CACHE_TAG],
    revalidate: RECORDS_CACHE_SECONDS,
  });
  return async (...args: A) => cached(await recordsVersion(), ...args);
}
