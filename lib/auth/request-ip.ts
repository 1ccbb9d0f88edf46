import { isIP } from "node:net";
import { env } from "@/lib/env";

/** What rate limits key on when no trustworthy client address is known. */
export const UNKNOWN_IP = "unknown";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * The client address for rate limits, never for authorisation. X-Forwarded-For is anyone's to write, so it is
 * read only behind TRUST_PROXY trusted proxies, and then only the entry the last of them added (the Nth from
 * the right): entries further left came from the client. Next.js fills the header with the peer address only
 * when the client sent none, so without trusted proxies there is no address to believe.
 */
export function requestIp(headers: HeaderSource, trustProxy: number = env().TRUST_PROXY): string {
  if (trustProxy < 1) return UNKNOWN_IP;
  const forwarded = headerValue(headers, "x-forwarded-for");
  if (!forwarded || forwarded.length > 2048) return UNKNOWN_IP;
  const hops = forwarded.split(",").map((hop) => hop.trim());
  // Fewer hops than proxies: the request skipped the outer ones, and the leftmost was still written by a
  // trusted one.
  return normalizeIp(hops[Math.max(0, hops.length - trustProxy)]) ?? UNKNOWN_IP;
}

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** A bare IPv4 or IPv6 address (some proxies add a port or brackets), or null. */
export function normalizeIp(entry: string | undefined): string | null {
  if (!entry || entry.length > 64) return null;
  let ip = entry;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  ip = ip.toLowerCase();
  if (ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4) ip = ip.slice(7);
  return isIP(ip) ? ip : null;
}
