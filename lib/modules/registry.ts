import "server-only";
import { db } from "@/lib/db";
import { clientsModule } from "@/lib/modules/clients/module";
import { contactsModule } from "@/lib/modules/contacts/module";
import { partnersModule } from "@/lib/modules/partners/module";
import type { ModuleDef } from "@/lib/records/types";

const fullName = (r: { firstName: string; lastName: string }) => `${r.firstName} ${r.lastName}`.trim();

/**
 * What the shell needs to know about each record module to show its records by name (Favoris, Dernières
 * consultations): explicit queries per module, live records only.
 */
export const RECORD_MODULES: Record<string, { def: ModuleDef; titles: (ids: string[]) => Promise<Map<string, string>> }> = {
  clients: {
    def: clientsModule,
    titles: async (ids) =>
      new Map((await db.client.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, firstName: true, lastName: true } })).map((r) => [r.id, fullName(r)])),
  },
  partners: {
    def: partnersModule,
    titles: async (ids) => new Map((await db.partner.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, name: true } })).map((r) => [r.id, r.name])),
  },
  contacts: {
    def: contactsModule,
    titles: async (ids) =>
      new Map((await db.contact.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, firstName: true, lastName: true } })).map((r) => [r.id, fullName(r)])),
  },
};

export const RECORD_MODULE_KEYS = Object.keys(RECORD_MODULES) as [string, ...string[]];
