/** @jest-environment node */
// The import's speed measurement, run by hand (it takes minutes): IMPORT_BENCH_ROWS=50000 npx jest
// tests/integration/import-bench.test.ts. Prints rows per second for the dry run and the real run, and checks
// every row was counted. Skipped in the normal suite.
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { createImportJob } from "@/lib/import/create";
import { work, type Mode } from "@/lib/import/runner";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { suiteCrmClients } from "@/tests/fixtures/import/suitecrm";

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 0);
const getDb = setupTestDatabase();
const maybe = ROWS > 0 ? describe : describe.skip;

maybe(`importing ${ROWS} clients`, () => {
  it("dry run and run, timed", async () => {
    await ensureDefaultPicklists();
    const manager = asCurrentUser(await makeUser(getDb(), { role: "manager" }));
    const csv = suiteCrmClients({ rows: ROWS, badEvery: 1000, idPrefix: "bench" });
    const started = Date.now();
    const { id } = await createImportJob(manager, "clients", "bench.csv", new Uint8Array(Buffer.from(csv, "utf8")));
    const read = Date.now() - started;
    await getDb().importJob.update({ where: { id }, data: { valueMap: JSON.stringify({ clientStatus: { New: "newcomer", Assigned: "jobSeeker", "In Process": "jobSeeker", Converted: "permanentResident" } }) } });
    const timed = async (mode: Mode) => {
      const t0 = Date.now();
      await getDb().importJob.update({ where: { id }, data: { mode, status: "running", processed: 0, claimedAt: null } });
      await work(id);
      return Date.now() - t0;
    };
    const dry = await timed("dry");
    const run = await timed("run");
    const job = await getDb().importJob.findUniqueOrThrow({ where: { id } });
    console.log(`[import bench] ${ROWS} rows: read ${read} ms, dry run ${dry} ms (${Math.round((ROWS / dry) * 1000)}/s), run ${run} ms (${Math.round((ROWS / run) * 1000)}/s)`);
    const counts = JSON.parse(job.counts);
    expect(counts.created + counts.refused).toBe(ROWS);
    expect(await getDb().client.count()).toBe(counts.created);
  }, 3_600_000);
});
