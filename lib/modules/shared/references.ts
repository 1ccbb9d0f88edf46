import "server-only";
import { db } from "@/lib/db";
import { ActionError, type FieldError } from "@/lib/actions/errors";
import { picklistAccepts } from "@/lib/records/picklists";
import { parseJsonArray } from "@/lib/records/display";

/**
 * Shared checks of the references a record form may carry. Each returns the field errors it found; the module
 * gathers them and throws once, so that the user sees every problem together.
 */
export async function checkAssignedUser(id: string | null | undefined, previous: unknown): Promise<FieldError | null> {
  if (!id || id === previous) return null;
  const user = await db.user.findUnique({ where: { id }, select: { active: true } });
  return user?.active ? null : { key: "records.badReference" };
}

export async function checkPicklist(list: string, value: string | string[] | null | undefined, previous: unknown): Promise<FieldError | null> {
  const values = Array.isArray(value) ? value : value ? [value] : [];
  if (values.length === 0) return null;
  const kept = typeof previous === "string" && previous.startsWith("[") ? parseJsonArray(previous) : typeof previous === "string" ? [previous] : [];
  return (await picklistAccepts(list, values, kept)) ? null : { key: "validation.choice" };
}

export async function checkPartner(id: string | null | undefined): Promise<FieldError | null> {
  if (!id) return null;
  const partner = await db.partner.findFirst({ where: { id, deletedAt: null }, select: { id: true } });
  return partner ? null : { key: "records.badReference" };
}

export function throwIfErrors(errors: Record<string, FieldError | null>): void {
  const found = Object.fromEntries(Object.entries(errors).filter(([, e]) => e !== null)) as Record<string, FieldError>;
  if (Object.keys(found).length > 0) throw new ActionError("errors.invalid", { fieldErrors: found });
}
