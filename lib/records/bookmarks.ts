import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { MODULE_KEYS, modelOf } from "@/lib/modules/registry";

export type RecordLink = { module: string; id: string; title: string };

const RECENT_KEEP = 20;

/** Titles for (module, id) pairs, dropping records that were deleted since. */
async function withTitles(items: { module: string; recordId: string }[], user: CurrentUser): Promise<RecordLink[]> {
  const byModule = new Map<string, string[]>();
  for (const i of items) byModule.set(i.module, [...(byModule.get(i.module) ?? []), i.recordId]);
  const titles = new Map<string, string>();
  for (const [module, ids] of byModule) {
    const model = modelOf(module);
    if (!model) continue;
    for (const [id, title] of await model.titles(ids, user)) titles.set(`${module}:${id}`, title);
  }
  return items.flatMap((i) => {
    const title = titles.get(`${i.module}:${i.recordId}`);
    return title === undefined ? [] : [{ module: i.module, id: i.recordId, title }];
  });
}

/** « Dernières consultations »: the user's last opened records, newest first. */
export async function recentlyViewed(user: CurrentUser, take = 10): Promise<RecordLink[]> {
  const rows = await db.recentView.findMany({ where: { userId: user.id }, orderBy: { viewedAt: "desc" }, take: take + 5 });
  return (await withTitles(rows, user)).slice(0, take);
}

/** Opening a record puts it first in « Dernières consultations »; only the last 20 are kept. */
export async function recordView(userId: string, module: string, recordId: string): Promise<void> {
  await db.recentView.upsert({
    where: { userId_module_recordId: { userId, module, recordId } },
    create: { userId, module, recordId },
    update: { viewedAt: new Date() },
  });
  const old = await db.recentView.findMany({ where: { userId }, orderBy: { viewedAt: "desc" }, skip: RECENT_KEEP, select: { id: true } });
  if (old.length) await db.recentView.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
}

/** « Favoris », grouped by module in the guide's order. */
export async function favoritesOf(user: CurrentUser): Promise<RecordLink[]> {
  const rows = await db.favorite.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take: 200 });
  const order: string[] = MODULE_KEYS;
  return (await withTitles(rows, user)).sort((a, b) => order.indexOf(a.module) - order.indexOf(b.module) || a.title.localeCompare(b.title));
}

export async function isFavorite(userId: string, module: string, recordId: string): Promise<boolean> {
  return (await db.favorite.count({ where: { userId, module, recordId } })) > 0;
}

/** Which of a list page's records the user starred, so each row's star starts in the right state. */
export async function favoriteIdsAmong(userId: string, module: string, recordIds: readonly string[]): Promise<string[]> {
  if (recordIds.length === 0) return [];
  const rows = await db.favorite.findMany({ where: { userId, module, recordId: { in: [...recordIds] } }, select: { recordId: true } });
  return rows.map((r) => r.recordId);
}
