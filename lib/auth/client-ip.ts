// The address a request came from. Next's server sets X-Forwarded-For from the socket; behind
// a reverse proxy the proxy appends to it, so the first entry is the original client.
export function clientIpFromHeaders(header: (name: string) => string | null): string | null {
  const forwarded = header("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0].trim().slice(0, 64) || null;
  return header("x-real-ip");
}
