import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { clientsModel } from "@/lib/modules/clients/model";
import { exportContext } from "@/lib/list-tools/export";
import { displayValue, recordTitle, type DisplayContext } from "@/lib/records/display";
import type { DisplayValue, FieldDef, ModuleDef } from "@/lib/records/types";
import { CLIENT_MODULES } from "@/lib/privacy/erase";
import { consentsOf } from "@/lib/privacy/consent";

export type DossierField = { name: string; label: string; value: string };
export type DossierRecord = { id: string; title: string; fields: DossierField[] };
export type DossierSection = { module: string; title: string; records: DossierRecord[] };
export type Dossier = {
  generatedAt: string;
  language: "fr" | "en";
  client: DossierRecord;
  sections: DossierSection[];
  documentVersions: { documentId: string; number: number; fileName: string; size: number; createdAt: string }[];
  consents: { purpose: string; noticeVersion: string; language: string; method: string; givenOn: string; recordedBy: string; withdrawnOn: string | null; withdrawnBy: string | null }[];
  visits: { visitedAt: string; reason: string; comment: string | null; language: string }[];
  audit: { at: string; who: string; action: string; module: string | null; recordId: string | null; field: string | null; before: string | null; after: string | null }[];
};

/** Sections of the dossier in the guide's order (also the order of the printable page). */
export const DOSSIER_PARTS = ["profile", ...CLIENT_MODULES.map((m) => m.model.key), "consents", "visits", "audit"] as const;
const AUDIT_CAP = 5000;

function text(value: DisplayValue, t: DisplayContext["t"]): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return t(value ? "records.yes" : "records.no");
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return value.label;
  return String(value);
}

function recordOf(def: ModuleDef, row: Record<string, unknown>, ctx: DisplayContext, skip: (f: FieldDef) => boolean): DossierRecord {
  const fields = def.fields
    .filter((f) => !f.virtual && !f.computed && !skip(f))
    .map((f) => ({ name: f.name, label: ctx.t(`modules.${def.key}.fields.${f.name}`), value: text(displayValue(def, f, row, ctx), ctx.t) }));
  return { id: String(row.id), title: recordTitle(def, row), fields };
}

/**
 * Everything the CRM holds on one client, in their language: the profile, every record of theirs in other modules
 * (activities, notes, documents with their versions, CVs, programs, services, SAE), consents, visits and the audit
 * entries about any of these. Null when the client is not live or not in the user's scope.
 */
export async function clientDossier(clientId: string, user: CurrentUser, language: "fr" | "en"): Promise<Dossier | null> {
  const client = (await clientsModel.find(db, clientId, user)) as Record<string, unknown> | null;
  if (!client) return null;
  const base = await exportContext(language, user.timeZone);
  const ctx: DisplayContext = { ...base, relations: {} };
  const sections: DossierSection[] = [];
  const owned: { module: string; id: string }[] = [{ module: "clients", id: clientId }];
  for (const { model, column } of CLIENT_MODULES) {
    const rows = (await model.table(db).findMany({ where: { [column]: clientId, deletedAt: null }, orderBy: { createdAt: "asc" } })) as Record<string, unknown>[];
    owned.push(...rows.map((r) => ({ module: model.key, id: String(r.id) })));
    // The « Lié à » / client column names this client: it adds nothing to their own dossier.
    sections.push({ module: model.key, title: ctx.t(`modules.${model.key}.name`), records: rows.map((r) => recordOf(model.def, r, ctx, (f) => f.kind === "parent" || f.name === column)) });
  }
  const documentIds = owned.filter((o) => o.module === "documents").map((o) => o.id);
  const [versions, consents, visits, audit] = await Promise.all([
    db.documentVersion.findMany({ where: { documentId: { in: documentIds } }, orderBy: [{ documentId: "asc" }, { number: "asc" }] }),
    consentsOf(clientId),
    db.visit.findMany({ where: { clientId }, orderBy: { visitedAt: "asc" } }),
    db.auditLog.findMany({
      where: { OR: CLIENT_MODULES.map((m) => m.model.key).concat("clients").map((module) => ({ module, recordId: { in: owned.filter((o) => o.module === module).map((o) => o.id) } })) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: AUDIT_CAP,
    }),
  ]);
  return {
    generatedAt: new Date().toISOString(),
    language,
    client: recordOf(clientsModel.def, client, ctx, () => false),
    sections,
    documentVersions: versions.map((v) => ({ documentId: v.documentId, number: v.number, fileName: v.fileName, size: v.size, createdAt: v.createdAt.toISOString() })),
    consents: consents.map((c) => ({ purpose: c.purpose, noticeVersion: c.noticeVersion, language: c.language, method: c.method, givenOn: c.givenOn, recordedBy: c.recordedBy, withdrawnOn: c.withdrawnOn, withdrawnBy: c.withdrawnBy })),
    visits: visits.map((v) => ({ visitedAt: v.visitedAt.toISOString(), reason: base.picklists.get(`visitReasons:${v.reason}`) ?? v.reason, comment: v.comment, language: v.language })),
    audit: audit.map((a) => ({ at: a.createdAt.toISOString(), who: a.userName, action: a.action, module: a.module, recordId: a.recordId, field: a.field, before: a.before, after: a.after })),
  };
}

/** The client's own language when the CRM has one (fr/en), else the asker's. */
export function dossierLanguage(asked: unknown, preferred: unknown, fallback: string): "fr" | "en" {
  for (const v of [asked, preferred, fallback]) if (v === "fr" || v === "en") return v;
  return "fr";
}
