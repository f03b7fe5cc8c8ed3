import type { ActionResult } from "@/lib/actions/define-action";
import type { createOrgan } from "../../factories";

export type Organ = Awaited<ReturnType<typeof createOrgan>>;

/** How to call one server action validly, and as whom; the coverage test checks it leaves an audit row. */
export interface AuditCase {
  /** The username to act as. */
  as: (organ: Organ) => string;
  run: (organ: Organ) => Promise<ActionResult<unknown>>;
}

export function formData(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}
