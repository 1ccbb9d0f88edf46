import { randomFillSync } from "node:crypto";

let counter = 0;
// Random bytes drawn 4 KB at a time: a batch asks for thousands of ids (records, tokens, history rows).
const pool = Buffer.alloc(4096);
let used = pool.length;

function random32(): number {
  if (used + 4 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += 4;
  return pool.readUInt32LE(used - 4);
}

/**
 * A new record id shaped like the cuid Prisma gives (25 lowercase letters and digits, starting with "c", rising
 * with time), for rows a batch writes with one multi-row INSERT and must know the ids of beforehand.
 */
export function newRecordId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(9, "0");
  const count = counter.toString(36).padStart(4, "0");
  const random = `${random32().toString(36).padStart(7, "0")}${random32().toString(36).padStart(7, "0")}`.slice(-11);
  return `c${time}${count}${random}`;
}
