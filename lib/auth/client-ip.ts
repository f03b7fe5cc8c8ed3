// The client address for audit rows and the per-address sign-in limit. The TCP peer (stamped by
// lib/security/peer-address.ts) is the client, unless it is one of the configured reverse
// proxies (TRUSTED_PROXIES, comma-separated): then the nearest address in X-Forwarded-For that
// is not itself a trusted proxy is. A client cannot choose its address by sending the header.

const PEER_HEADER = "x-peer-address";

function trustedProxies(): Set<string> {
  return new Set(
    (process.env.TRUSTED_PROXIES ?? "")
      .split(",")
      .map((entry) => normalise(entry.trim()))
      .filter(Boolean),
  );
}

/** IPv4 peers arrive as ::ffff:a.b.c.d on a dual-stack socket. */
function normalise(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}

export function clientIpFromHeaders(header: (name: string) => string | null): string | null {
  const peer = header(PEER_HEADER);
  const forwarded = (header("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => normalise(entry.trim()))
    .filter(Boolean);
  if (!peer) {
    // Not behind our own server (tests, tools): Next put the socket address in X-Forwarded-For.
    return forwarded[0]?.slice(0, 64) ?? null;
  }
  const proxies = trustedProxies();
  let client = normalise(peer);
  while (proxies.has(client) && forwarded.length > 0) client = forwarded.pop()!;
  return client.slice(0, 64);
}
