// Expected failures carry a message key (translated for the user) and, for validation,
// field-by-field messages. Anything else is a bug: logged once, shown as a generic message.

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: "VALIDATION" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "UNAUTHENTICATED",
    /** A key under `errors.` in the message files. */
    readonly messageKey: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const validationError = (fieldErrors: FieldErrors, messageKey = "validation") =>
  new AppError("VALIDATION", messageKey, fieldErrors);
export const forbidden = (messageKey = "forbidden") => new AppError("FORBIDDEN", messageKey);
export const notFound = (messageKey = "notFound") => new AppError("NOT_FOUND", messageKey);
export const conflict = (messageKey = "conflict", fieldErrors?: FieldErrors) =>
  new AppError("CONFLICT", messageKey, fieldErrors);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "unauthenticated");

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
