// Lists show « 1 000+ » instead of running an exact COUNT(*) over a big table on every load: reading at most
// cap + 1 ids from an index is bounded work whatever the table size.

/** fetchIds(take) must select ids only (e.g. findMany({ where, select: { id: true }, take })). */
export async function cappedCount(
  fetchIds: (take: number) => Promise<unknown[]>,
  cap = 1000,
): Promise<{ count: number; capped: boolean }> {
  const ids = await fetchIds(cap + 1);
  return ids.length > cap ? { count: cap, capped: true } : { count: ids.length, capped: false };
}
