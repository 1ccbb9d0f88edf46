import "server-only";
import { after } from "next/server";

/**
 * Runs `task` once the answer has been sent, so that neither its duration nor its failure shows in the answer
 * (the forgotten-password form must not tell which addresses have an account). Failures go to the log.
 */
export function afterResponse(label: string, task: () => Promise<unknown>): void {
  after(() =>
    task().catch((error: unknown) => {
      console.error(`[${label}] failed after the response was sent`, error);
    }),
  );
}
