import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { clientsModel } from "@/lib/modules/clients/model";
import type { ExportRowFilter } from "@/lib/list-tools/export";
import type { ListParams } from "@/lib/records/types";
import { consentingClients } from "@/lib/privacy/consent";

/** The clients export « pour un bailleur de fonds »: clients without a live funder-sharing consent are left out. */
export const funderRowFilter: ExportRowFilter = { purpose: "funderSharing", keep: (ids) => consentingClients(ids, "funderSharing") };

const BATCH = 1000;
/** Past this many rows the preview stops counting and says « more than ». */
export const COUNT_CAP = 20_000;

/** How many clients of the list (or of the chosen ids) a funder export keeps and leaves out, read in keyset batches. */
export async function funderExportCounts(params: ListParams, user: CurrentUser, ids?: readonly string[]): Promise<{ kept: number; leftOut: number; capped: boolean }> {
  let cursor: string | null = null;
  let kept = 0;
  let leftOut = 0;
  do {
    const batch = await clientsModel.batch({ ...params, cursor }, user, BATCH, ids);
    const yes = await consentingClients(batch.rows.map((r) => r.id), "funderSharing");
    kept += yes.size;
    leftOut += batch.rows.length - yes.size;
    cursor = batch.nextCursor;
  } while (cursor && kept + leftOut < COUNT_CAP);
  return { kept, leftOut, capped: cursor !== null };
}
