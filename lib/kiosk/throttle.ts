import "server-only";
import { bump } from "@/lib/auth/throttle";

/**
 * Registrations per address in the sign-in throttle's 15-minute window. An office tablet at a busy counter sends
 * one every 15 seconds at most; a script sending more is held off. Without TRUST_PROXY every visitor shares one
 * address bucket (lib/auth/request-ip.ts), which this limit still leaves room for.
 */
export const KIOSK_LIMIT = 60;

/** Counts this submission and says whether the address is still under the limit. */
export async function allowKioskSubmission(ip: string, now = new Date()): Promise<boolean> {
  const row = await bump(`kiosk:${ip}`, now);
  return row.failures <= KIOSK_LIMIT;
}
