import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

/** PIPEDA: an answer within 30 days of receiving the request. */
export const ACCESS_DUE_DAYS = 30;
export const ACCESS_STATUSES = ["open", "done"] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "validation.date");

export const accessRequestInputSchema = z.object({ clientId: z.string().min(1).max(40), receivedOn: day, note: z.string().trim().max(1000).default("") }).strict();
export const accessRequestStatusSchema = z.object({ id: z.string().min(1).max(40), status: z.enum(ACCESS_STATUSES) }).strict();

export function dueOn(receivedOn: string): string {
  return new Date(Date.parse(`${receivedOn}T00:00:00Z`) + ACCESS_DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** Overdue: still open after its due date (`today` is the organisation's calendar day). */
export const isOverdue = (r: { status: string; dueOn: string }, today: string) => r.status === "open" && r.dueOn < today;

const PAGE = 100;
/** The register: open requests first, soonest due first; then the handled ones, most recent first. */
export async function accessRequestRegister() {
  const [open, done] = await Promise.all([
    db.accessRequest.findMany({ where: { status: "open" }, orderBy: [{ dueOn: "asc" }, { id: "asc" }], take: PAGE }),
    db.accessRequest.findMany({ where: { status: "done" }, orderBy: [{ dueOn: "desc" }, { id: "desc" }], take: PAGE }),
  ]);
  return [...open, ...done];
}
export type AccessRequestRow = Awaited<ReturnType<typeof accessRequestRegister>>[number];
