import "server-only";
import { accountAttemptFailed, clearAccountAttempts, recordAddressFailure, reserveAccountAttempt } from "@/lib/auth/throttle";

export type AttemptOutcome = "ok" | "invalid" | "locked";
export type Sleep = (ms: number) => Promise<void>;

const pause: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One password guess on an account, for sign-in and for « Mot de passe actuel » alike (same counters): the
 * attempt is reserved before `check` runs, a success clears the count, a failure may lock the account, and a
 * failed answer from an address that keeps failing is held back.
 */
export async function passwordAttempt(email: string, ip: string, check: () => Promise<boolean>, sleep: Sleep = pause): Promise<AttemptOutcome> {
  const reservation = await reserveAccountAttempt(email);
  if (reservation.allowed && (await check())) {
    await clearAccountAttempts(email);
    return "ok";
  }
  const locked = await accountAttemptFailed(email, reservation);
  await sleep(await recordAddressFailure(ip));
  return locked ? "locked" : "invalid";
}
