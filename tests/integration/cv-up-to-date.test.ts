/** @jest-environment node */
import { addDays, format, parseISO } from "date-fns";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { MODULES } from "@/lib/modules/registry";
import { deleteRecord, restoreRecord, saveRecord } from "@/lib/records/service";
import { freshThreshold } from "@/lib/modules/cvs/freshness";
import { todayIn } from "@/lib/records/wall-time";
import { saveFileSettings, DEFAULT_FILE_SETTINGS } from "@/lib/files/settings";
import type { ListParams } from "@/lib/records/types";

const getDb = setupTestDatabase();
let staff: CurrentUser;
beforeAll(async () => {
  staff = asCurrentUser(await makeUser(getDb(), { role: "admin" }));
});

const day = (iso: string, n: number) => format(addDays(parseISO(iso), n), "yyyy-MM-dd");
const newClient = async (lastName: string, cvUpToDate = false) =>
  (await saveRecord(MODULES.clients, MODULES.clients.schema.parse({ lastName, fileStatus: "open", clientStatus: "newcomer", cvUpToDate }) as never, staff)).id;
const newCv = async (clientId: string, cvDate: string) => (await saveRecord(MODULES.cvs, MODULES.cvs.schema.parse({ title: "CV", clientId, cvDate }) as never, staff)).id;
const shown = async (id: string) => (await MODULES.clients.detail(id, staff))!.display.cvUpToDate;

describe("« CV à jour »", () => {
  it("computes the threshold in calendar months", () => {
    expect(freshThreshold("2026-11-29", 12)).toBe("2025-11-29");
    expect(freshThreshold("2026-03-31", 1)).toBe("2026-02-28");
    expect(freshThreshold("2028-02-29", 12)).toBe("2027-02-28");
  });

  it("is yes for a CV one day inside the period and no for one exactly as old as the period", async () => {
    const threshold = freshThreshold(todayIn("America/Iqaluit"), 12);
    const edge = await newClient("Limite", true);
    const inside = await newClient("Dedans");
    await newCv(edge, threshold);
    await newCv(inside, day(threshold, 1));
    expect(await shown(edge)).toBe(false);
    expect(await shown(inside)).toBe(true);
    // A shorter period set by an admin applies at once, with nothing rewritten.
    await saveFileSettings({ ...DEFAULT_FILE_SETTINGS, cvFreshMonths: 6 });
    expect(await shown(inside)).toBe(false);
    await saveFileSettings(DEFAULT_FILE_SETTINGS);
  });

  it("keeps the typed value until the client has a CV, and again once its only CV is deleted", async () => {
    const id = await newClient("Saisi", true);
    expect(await shown(id)).toBe(true);
    const old = await newCv(id, "2019-05-01");
    expect(await shown(id)).toBe(false);
    const recent = await newCv(id, todayIn("America/Iqaluit"));
    expect(await shown(id)).toBe(true);
    await deleteRecord(MODULES.cvs, recent, staff);
    expect(await shown(id)).toBe(false);
    await deleteRecord(MODULES.cvs, old, staff);
    expect(await shown(id)).toBe(true);
    await restoreRecord(MODULES.cvs, recent, staff);
    expect(await shown(id)).toBe(true);
    // Editing the client keeps its CV's date (the typed value changes nothing while a CV exists).
    const client = await getDb().client.findUniqueOrThrow({ where: { id } });
    await saveRecord(MODULES.clients, { id, version: client.version, cvUpToDate: false }, staff);
    expect(await shown(id)).toBe(true);
  });

  it("filters and sorts the client list on it through the indexed key", async () => {
    const params = (dir: "asc" | "desc"): ListParams => ({ q: "", sort: "cvUpToDate", dir, cursor: null, before: false, mine: false, locale: "fr" });
    const yes = await MODULES.clients.computedFilter("cvUpToDate", true);
    const no = await MODULES.clients.computedFilter("cvUpToDate", false);
    const listed = async (where: object) => (await MODULES.clients.list(params("asc"), staff, [where], 50)).rows;
    const yesRows = await listed(yes!);
    const noRows = await listed(no!);
    expect(yesRows.length).toBeGreaterThan(0);
    expect(noRows.length).toBeGreaterThan(0);
    expect(yesRows.every((r) => r.values.cvUpToDate === true)).toBe(true);
    expect(noRows.every((r) => r.values.cvUpToDate === false)).toBe(true);
    // The list's filter « CV à jour : Oui / Non » (issue 9's criteria in the address) takes the same key.
    const { parseFilters } = await import("@/lib/records/filters");
    const filtered = async (v: "1" | "0") =>
      (await MODULES.clients.list({ ...params("asc"), criteria: parseFilters({ "f.cvUpToDate": "is", "f.cvUpToDate.v": v }, MODULES.clients.def).criteria }, staff, [], 50)).rows.map((r) => r.id);
    expect(await filtered("1")).toEqual(yesRows.map((r) => r.id));
    expect(await filtered("0")).toEqual(noRows.map((r) => r.id));
    const sorted = (await MODULES.clients.list(params("asc"), staff, [], 50)).rows.map((r) => r.values.cvUpToDate);
    expect(sorted).toEqual([...sorted].sort((a, b) => Number(a) - Number(b)));
    expect(sorted[0]).toBe(false);
    expect(sorted.at(-1)).toBe(true);
  });
});
