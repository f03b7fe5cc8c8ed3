// Expected failures carry a message key (translated for the user) and, for validation,
// field-by-field messages. Anything else is a bug: logged once, shown as a generic message.

export type FieldErrors = Record<string, string[]>;

/** One field someone else changed since the editor loaded the record, as stored now. */
export interface ChangedField {
  field: string;
  /** Message key of the field's label. */
  label: string;
  /** The stored value, JSON-normalised (dates as ISO strings). */
  value: unknown;
  /** Message key prefix translating an enum value (`<prefix>.<VALUE>`). */
  values?: string;
  /** The value is an id: only the fact that it changed is shown. */
  opaque?: true;
}

/** What a stale save ran into: the changed fields (null when history cannot tell) and who saved last, when. */
export interface ConflictDetails {
  changes: ChangedField[] | null;
  savedBy: string | null;
  savedAt: Date | null;
}

export class AppError extends Error {
  constructor(
    readonly code: "VALIDATION" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "UNAUTHENTICATED",
    /** A key under `errors.` in the message files. */
    readonly messageKey: string,
    readonly fieldErrors?: FieldErrors,
    readonly conflict?: ConflictDetails,
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const validationError = (fieldErrors: FieldErrors, messageKey = "validation") =>
  new AppError("VALIDATION", messageKey, fieldErrors);
export const forbidden = (messageKey = "forbidden") => new AppError("FORBIDDEN", messageKey);
export const notFound = (messageKey = "notFound") => new AppError("NOT_FOUND", messageKey);
export const conflict = (messageKey = "conflict", fieldErrors?: FieldErrors, details?: ConflictDetails) =>
  new AppError("CONFLICT", messageKey, fieldErrors, details);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "unauthenticated");

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
