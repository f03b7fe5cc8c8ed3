"use client";

import { setNonce } from "get-nonce";

/**
 * The dialogs' scroll lock injects a <style> element; under our CSP it needs the request's nonce,
 * which the library reads from get-nonce. Set before any dialog mounts.
 */
export function StyleNonce({ nonce }: { nonce: string | null }) {
  if (nonce) setNonce(nonce);
  return null;
}
