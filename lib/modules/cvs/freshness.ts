import { subMonths, format } from "date-fns";

// « CV à jour » of a client. While a client has no CV, the typed or imported value stands; once there is one, it
// is "the newest CV's date is more recent than the period an admin sets" (default 12 months). The client keeps
// one indexed key, cvKey: the newest CV's date, or "9999-12-31" / "0000-00-00" for a typed yes / no. Then
// « CV à jour » is `cvKey > threshold` for every client: one index range to filter, a keyset sort on (cvKey, id),
// and nothing stored that goes stale as days pass or when the period changes.

export const TYPED_YES = "9999-12-31";
export const TYPED_NO = "0000-00-00";

export function cvKeyOf(latestCvDate: string | null, typedUpToDate: boolean): string {
  return latestCvDate ?? (typedUpToDate ? TYPED_YES : TYPED_NO);
}

/**
 * The oldest date that is no longer « à jour »: `today` minus `months` (calendar months; 31 March minus one month
 * is 28 or 29 February). A CV dated on the threshold itself is as old as the period, so no longer up to date.
 */
export function freshThreshold(today: string, months: number): string {
  const [y, m, d] = today.split("-").map(Number);
  return format(subMonths(new Date(y, m - 1, d), months), "yyyy-MM-dd");
}

export const isCvUpToDate = (cvKey: unknown, threshold: string) => typeof cvKey === "string" && cvKey > threshold;
