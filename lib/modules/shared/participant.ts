import "server-only";
import { sortKey } from "@/lib/records/normalize";
import { recordTokens, replaceTokens } from "@/lib/records/search";
import { recordTitle } from "@/lib/records/display";
import { clientsModule } from "@/lib/modules/clients/module";
import { partnersModule } from "@/lib/modules/partners/module";
import type { Tx } from "@/lib/records/store";
import type { RecordModel } from "@/lib/records/model";

// The participant (client or partner) of a participation or a service. Its name is kept on the row as the row's
// title, its « Participant » sort key and its search words, so that lists need no join.

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

/** The participant's current name, read in the saving transaction from the row's clientId / partnerId. */
export async function participantName(tx: Tx, values: Record<string, unknown>): Promise<string> {
  const clientId = str(values.clientId);
  if (clientId) {
    const row = await tx.client.findUnique({ where: { id: clientId }, select: { firstName: true, lastName: true } });
    return row ? recordTitle(clientsModule, row) : "";
  }
  const partnerId = str(values.partnerId);
  const row = partnerId ? await tx.partner.findUnique({ where: { id: partnerId }, select: { name: true } }) : null;
  return row ? recordTitle(partnersModule, row) : "";
}

/** Sort key and search words of a participation or service: the participant's name and the extra words given. */
export function participantKeys(values: Record<string, unknown>, extraWords: (string | null)[] = []) {
  const name = typeof values.participant === "string" ? values.participant : "";
  return { columns: { participantSort: sortKey(name) }, tokens: recordTokens({ names: [name, ...extraWords] }) };
}

/**
 * A client or partner was renamed: its participations and services carry the new name as their title, sort key
 * and search words (called by the record layer's rename of related sort keys, in the same transaction).
 */
export async function followParticipantRename(tx: Tx, models: readonly RecordModel[], module: string, id: string, title: string): Promise<void> {
  const column = module === "clients" ? "clientId" : module === "partners" ? "partnerId" : null;
  if (!column) return;
  for (const model of models) {
    if (!model.def.fields.some((f) => f.name === "participant")) continue;
    const rows = (await model.table(tx).findMany({ where: { [column]: id } })) as Record<string, unknown>[];
    for (const row of rows) {
      const derived = model.derive({ ...row, participant: title });
      await model.table(tx).updateMany({ where: { id: row.id }, data: { participant: title, ...derived.columns } as never });
      await replaceTokens(tx, { module: model.key, recordId: String(row.id), tokens: derived.tokens });
    }
  }
}
