import "server-only";
import { addDays, format, isValid, parse } from "date-fns";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordScope } from "@/lib/records/scope";
import { wallTimeToUtc } from "@/lib/records/wall-time";
import { picklistLabels } from "@/lib/records/picklists";

// Office visits registered at the kiosk, as staff read them: a day's visits (the dashboard's « today », the SAE
// visits page) and a client's visits (client and SAE file pages). Only visits of clients in the reader's scope.

export type VisitRow = { id: string; visitedAt: Date; clientId: string; clientName: string; reason: string; comment: string | null; language: string };

const DAY_MAX = 300;


/** A day given in the address, or null. */
export function parseDay(value: unknown): string | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return isValid(parse(value, "yyyy-MM-dd", new Date(2000, 0, 1))) ? value : null;
}

export function shiftDay(day: string, by: number): string {
  return format(addDays(parse(day, "yyyy-MM-dd", new Date(2000, 0, 1)), by), "yyyy-MM-dd");
}

async function rows(user: CurrentUser, where: object, take: number, order: "asc" | "desc"): Promise<VisitRow[]> {
  const [found, labels] = await Promise.all([
    db.visit.findMany({
      where: { AND: [where, { client: await recordScope(user, "clients") }] },
      orderBy: [{ visitedAt: order }, { id: order }],
      take,
      select: { id: true, visitedAt: true, clientId: true, reason: true, comment: true, language: true, client: { select: { firstName: true, lastName: true } } },
    }),
    getLocale().then(picklistLabels),
  ]);
  return found.map(({ client, ...v }) => ({ ...v, clientName: `${client.firstName} ${client.lastName}`.trim(), reason: labels.get(`visitReasons:${v.reason}`) ?? v.reason }));
}

/** The visits of one day in the reader's time zone, earliest first. */
export function visitsOfDay(user: CurrentUser, day: string, take = DAY_MAX): Promise<VisitRow[]> {
  const from = wallTimeToUtc(`${day}T00:00`, user.timeZone);
  const to = wallTimeToUtc(`${shiftDay(day, 1)}T00:00`, user.timeZone);
  return rows(user, { visitedAt: { gte: from, lt: to } }, take, "asc");
}

/** A client's latest visits, newest first. */
export function visitsOfClient(user: CurrentUser, clientId: string, take = 20): Promise<VisitRow[]> {
  return rows(user, { clientId }, take, "desc");
}
