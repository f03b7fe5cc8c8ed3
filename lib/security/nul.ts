// PostgreSQL text and jsonb cannot hold U+0000: a value carrying one fails in the database
// (22021, 22P05) instead of being refused as input. Nothing the app stores or searches needs it.

/** True when a URL or text carries a NUL character, literally or percent-encoded. */
export function hasNulCharacter(value: string): boolean {
  return value.includes("\0") || /%00/i.test(value);
}

/** Text with each NUL replaced by U+FFFD, for values that must be kept as they came (the audit trail). */
export function withoutNul(value: string): string {
  return value.replaceAll("\0", "\uFFFD");
}
