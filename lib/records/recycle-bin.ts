import "server-only";
import { db } from "@/lib/db";

export type BinEntry = { module: string; id: string; title: string; deletedAt: Date };

const fullName = (r: { firstName: string; lastName: string }) => `${r.firstName} ${r.lastName}`.trim();

/** Deleted records of every module, most recently deleted first (the admin's « Corbeille »). */
export async function recycleBin(take = 200): Promise<BinEntry[]> {
  const deleted = { deletedAt: { not: null } };
  const order = { deletedAt: "desc" } as const;
  const [clients, partners, contacts] = await Promise.all([
    db.client.findMany({ where: deleted, orderBy: order, take, select: { id: true, firstName: true, lastName: true, deletedAt: true } }),
    db.partner.findMany({ where: deleted, orderBy: order, take, select: { id: true, name: true, deletedAt: true } }),
    db.contact.findMany({ where: deleted, orderBy: order, take, select: { id: true, firstName: true, lastName: true, deletedAt: true } }),
  ]);
  return [
    ...clients.map((r) => ({ module: "clients", id: r.id, title: fullName(r), deletedAt: r.deletedAt! })),
    ...partners.map((r) => ({ module: "partners", id: r.id, title: r.name, deletedAt: r.deletedAt! })),
    ...contacts.map((r) => ({ module: "contacts", id: r.id, title: fullName(r), deletedAt: r.deletedAt! })),
  ]
    .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime())
    .slice(0, take);
}
