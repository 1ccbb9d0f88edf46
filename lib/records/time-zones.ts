// Time zones a user may choose under « Mon profil ». Nunavut alone spans three of them; the others are where
// staff travel or call most. A closed list (not every IANA name) keeps the choice short and the check strict.
export const CANADIAN_TIME_ZONES = [
  "America/Iqaluit",
  "America/Rankin_Inlet",
  "America/Cambridge_Bay",
  "America/Toronto",
  "America/Winnipeg",
  "America/Edmonton",
  "America/Vancouver",
  "America/Halifax",
  "America/St_Johns",
] as const;

export type CanadianTimeZone = (typeof CANADIAN_TIME_ZONES)[number];

/** Message key of a zone's label under `timeZones.` ("America/Rankin_Inlet" → "America_Rankin_Inlet"). */
export function timeZoneKey(timeZone: string): string {
  return timeZone.replace(/\//g, "_");
}
