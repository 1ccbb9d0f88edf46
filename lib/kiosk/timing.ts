/** The thank-you screen goes back to an empty form after this long; a form left half-filled, after IDLE_MS. */
export const THANKS_MS = 8_000;
export const IDLE_MS = 90_000;
