// Signing in and out from the browser through next-auth's own endpoints, the two requests
// next-auth/react would make, without its client bundle (about 14 KB gzipped that every signed-in
// page loaded for the sign-out item of the user menu).

const AUTH_BASE = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_BASE}/csrf`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function post(path: string, fields: Record<string, string>): Promise<{ response: Response; url: string | undefined }> {
  const response = await fetch(`${AUTH_BASE}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  return { response, url: data.url };
}

/** The credentials sign-in without a redirect; `error` is the code the authorize step threw (e.g. "LOCKED"). */
export async function signInWithCredentials(fields: Record<string, string>): Promise<{ ok: boolean; error: string | null }> {
  const { response, url } = await post("callback/credentials", { ...fields, callbackUrl: window.location.href });
  const error = url ? new URL(url, window.location.href).searchParams.get("error") : "CredentialsSignin";
  return { ok: response.ok && !error, error };
}

/** Ends the session and loads `callbackUrl` as a full page, so no signed-in state stays in memory. */
export async function signOutTo(callbackUrl: string): Promise<void> {
  await post("signout", { callbackUrl });
  window.location.href = callbackUrl;
}
