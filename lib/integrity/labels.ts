// How an integrity activity names its sub-type, figure and organiser, on pages and in ledgers.

import type { IntegrityRow } from "./service";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The kind's own sub-type, e.g. 个别谈话, 党组–处室, 专家专题授课 (null when the kind has none). */
export function subtypeLabel(row: Pick<IntegrityRow, "talkType" | "letterLevel" | "cultureForm" | "warningForm">, t: Translate): string | null {
  if (row.talkType) return t(`talkTypes.${row.talkType}`);
  if (row.letterLevel) return t(`letterLevels.${row.letterLevel}`);
  if (row.cultureForm) return t(`cultureForms.${row.cultureForm}`);
  if (row.warningForm) return t(`warningForms.${row.warningForm}`);
  return null;
}

/** The figure a row contributes to the summary: letters signed, people reached, or participants. */
export function figureLabel(row: Pick<IntegrityRow, "lettersSigned" | "peopleReached" | "participantCount">, t: Translate): string | null {
  if (row.lettersSigned !== null) return t("letters", { count: row.lettersSigned });
  if (row.peopleReached !== null) return t("people", { count: row.peopleReached });
  return row.participantCount ? t("people", { count: row.participantCount }) : null;
}

/** Who recorded it: the branch's name, or 党组 / 机关纪委. */
export function organiserLabel(row: Pick<IntegrityRow, "organiserLevel" | "orgUnitName">, t: Translate): string {
  return row.organiserLevel === "BRANCH" && row.orgUnitName ? row.orgUnitName : t(`levels.${row.organiserLevel}`);
}
