import "server-only";
import { ActionError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/records/store";

/**
 * Suggested format: SAE-<year>-<4 digits>, e.g. SAE-2026-0001. The prefix says which module the number belongs to
 * on paper and in exports, the year restarts the count each year as the office's paper files did, and the fixed
 * width keeps text order equal to number order (the list sorts on the column). Staff may type another format; it
 * only has to be unique.
 */
export function fileNumberPrefix(now = new Date()): string {
  return `SAE-${now.getUTCFullYear()}-`;
}

/** The next free number of this year's series: one past the highest taken (files in the recycle bin count). */
export async function nextFreeFileNumber(tx: Tx, now = new Date()): Promise<string> {
  const prefix = fileNumberPrefix(now);
  const taken = await tx.saeFile.findMany({ where: { fileNumber: { startsWith: prefix } }, select: { fileNumber: true }, orderBy: { fileNumber: "desc" }, take: 50 });
  const highest = Math.max(0, ...taken.map((r) => Number(/^\d{4,}$/.exec(r.fileNumber.slice(prefix.length))?.[0] ?? 0)));
  return `${prefix}${String(highest + 1).padStart(4, "0")}`;
}

/** Refuses a number another file holds, with the next free one in the message (the database's unique index backs it). */
export async function checkFileNumber(tx: Tx, fileNumber: unknown, id: string | null): Promise<void> {
  if (typeof fileNumber !== "string") return;
  const holder = await tx.saeFile.findUnique({ where: { fileNumber }, select: { id: true } });
  if (!holder || holder.id === id) return;
  const suggestion = await nextFreeFileNumber(tx);
  throw new ActionError("errors.invalid", { fieldErrors: { fileNumber: { key: "programRules.fileNumberTaken", values: { number: fileNumber, suggestion } } } });
}
