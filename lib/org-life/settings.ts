import "server-only";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";
import type { CurrentUser } from "@/lib/auth/session";
import { DEFAULT_FREQUENCIES, ORG_LIFE_KINDS, frequenciesSchema, type Frequencies } from "./schema";

/** The `Setting` row holding the required organisational-life frequency of each kind. */
export const FREQUENCIES_KEY = "orgLife.frequencies";

const frequencyLabels: Record<string, FieldLabel> = Object.fromEntries(
  ORG_LIFE_KINDS.map((kind) => [kind, { label: `orgLife.kinds.${kind}`, values: "orgLife.frequencies" }]),
);

export interface FrequencySettings {
  frequencies: Frequencies;
  /** When the Party office last saved them (null: the defaults are in force); the form's version. */
  updatedAt: Date | null;
}

/** The frequencies in force: the saved ones over the defaults, so a kind added later has a value. */
export async function getOrgLifeFrequencies(client: Db | Tx = db): Promise<FrequencySettings> {
  const row = await client.setting.findUnique({ where: { key: FREQUENCIES_KEY } });
  const saved = frequenciesSchema.partial().safeParse(row?.value ?? {});
  return { frequencies: { ...DEFAULT_FREQUENCIES, ...(saved.success ? saved.data : {}) }, updatedAt: row?.updatedAt ?? null };
}

/**
 * Saves the frequencies. `loadedAt` is the `updatedAt` the form was loaded with: a save over
 * someone else's newer one is refused instead of silently undoing it.
 */
export async function saveOrgLifeFrequencies(user: CurrentUser, frequencies: Frequencies, loadedAt: Date | null) {
  return db.$transaction(async (tx) => {
    const before = await getOrgLifeFrequencies(tx);
    if ((before.updatedAt?.getTime() ?? null) !== (loadedAt?.getTime() ?? null)) {
      const saved = (await tx.setting.findUnique({ where: { key: FREQUENCIES_KEY }, select: savedStamp })) ?? { updatedById: null, updatedAt: null };
      throw await staleVersion(tx, { entity: "Setting", id: FREQUENCIES_KEY, loaded: loadedAt, current: before.frequencies, saved, fields: frequencyLabels });
    }
    await tx.setting.upsert({
      where: { key: FREQUENCIES_KEY },
      create: { key: FREQUENCIES_KEY, value: frequencies, updatedById: user.id },
      update: { value: frequencies, updatedById: user.id },
    });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "Setting", entityId: FREQUENCIES_KEY, before: before.frequencies, after: frequencies });
  });
}
