import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * A new record id shaped like the cuid Prisma gives (25 lowercase letters and digits, starting with "c", rising
 * with time), for rows a batch writes with one multi-row INSERT and must know the ids of beforehand.
 */
export function newRecordId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(9, "0");
  const count = counter.toString(36).padStart(4, "0");
  const random = BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36).padStart(13, "0").slice(-11);
  return `c${time}${count}${random}`;
}
