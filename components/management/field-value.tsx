import type { ReactNode } from "react";
import { fieldText } from "@/lib/management/format";
import type { FieldDef } from "@/lib/management/sections";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A field of a management record on a page: its text, and a link as a link. */
export function fieldValue(field: FieldDef, row: Record<string, unknown>, t: Translate, branchNames?: Map<string, string>): ReactNode {
  const text = fieldText(field, row, t, branchNames);
  if (field.kind !== "url" || !text) return text;
  return (
    <a href={text} target="_blank" rel="noopener noreferrer" className="break-all text-primary hover:underline">
      {text}
    </a>
  );
}
