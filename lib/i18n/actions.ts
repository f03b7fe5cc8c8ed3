"use server";
import { cookies } from "next/headers";
import { isLocale, localeCookie } from "./config";

/** Remembers the reader's language for a year; not a data change, so nothing to audit. */
export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
