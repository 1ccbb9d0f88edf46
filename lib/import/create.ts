import "server-only";
// A new import job from an uploaded file: read (encoding, delimiter, rows), the columns' suggested fields, stored
// server side. The wizard then works on the job's id.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canImport } from "@/lib/import/access";
import { readCsv } from "@/lib/import/decode";
import { suggestMapping } from "@/lib/import/suggest";
import { targetNames, type ImportModule } from "@/lib/import/targets";
import { modelOf } from "@/lib/modules/registry";

export const MAX_ROWS = 100_000;

export class ImportRefused extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export async function createImportJob(user: CurrentUser, module: ImportModule, fileName: string, bytes: Uint8Array) {
  if (!(await canImport(user, module))) throw new ImportRefused("errors.forbidden");
  const model = modelOf(module)!;
  const csv = readCsv(bytes);
  if (csv.rows.length === 0) throw new ImportRefused("import.errors.empty");
  if (csv.rows.length > MAX_ROWS) throw new ImportRefused("import.errors.tooManyRows");
  const mapping = suggestMapping(csv.headers, targetNames(model.def));
  return db.importJob.create({
    data: {
      module,
      userId: user.id,
      fileName: fileName.slice(0, 255) || "import.csv",
      encoding: csv.encoding,
      delimiter: csv.delimiter,
      headers: JSON.stringify(csv.headers),
      content: csv.text,
      rowCount: csv.rows.length,
      mapping: JSON.stringify(mapping),
    },
    select: { id: true },
  });
}
