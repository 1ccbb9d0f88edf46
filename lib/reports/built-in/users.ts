import "server-only";
import { db } from "@/lib/db";

/** Staff names by id, for rows grouped by a user column. */
export async function userNames(): Promise<Map<string, string>> {
  const users = await db.user.findMany({ select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
