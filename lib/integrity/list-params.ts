/** Whether a parsed list query narrows the list (an empty result then reads "no match", not "nothing yet"). */
export function hasFilters(query: Record<string, unknown>): boolean {
  return Object.entries(query).some(([key, value]) => key !== "page" && value !== undefined);
}
