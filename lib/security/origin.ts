// Server actions and route handlers are public POST endpoints. Next refuses a foreign Origin on
// server actions but lets a request without one through; state-changing calls here require an
// Origin naming this very host (behind a proxy, the forwarded host).
export function isSameOrigin(header: (name: string) => string | null): boolean {
  const origin = header("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = header("x-forwarded-host")?.split(",")[0].trim() || header("host");
  return Boolean(host) && originHost === host;
}
