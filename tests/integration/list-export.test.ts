/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import { parseCsv } from "@/tests/helpers/csv";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/headers", () => ({ headers: async () => new Headers() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { GET } from "@/app/api/export/[module]/route";
import { MODULES } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { saveRecord } from "@/lib/records/service";

const getDb = setupTestDatabase();
let staff: CurrentUser;
const ids: string[] = [];

beforeAll(async () => {
  await ensureDefaultPicklists();
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Agente Export" }));
  const base = { fileStatus: "open", clientStatus: "newcomer" };
  for (const values of [
    { ...base, firstName: "Élodie", lastName: "Côté-Tremblay", phone: "+1 867 555 0100", city: "Iqaluit", cvUpToDate: true },
    { ...base, firstName: "Robert", lastName: `=HYPERLINK("http://evil.example","clic")`, city: "Iqaluit", fileStatus: "closed", description: "deux\nlignes" },
    { ...base, firstName: "Hors", lastName: "Filtre", city: "Arviat" },
  ])
    ids.push((await saveRecord(MODULES.clients, values, staff)).id);
});

async function exportCsv(query: string, user: CurrentUser | null = staff, module = "clients") {
  currentUser.mockResolvedValue(user);
  const response = await GET(new Request(`http://localhost/api/export/${module}?${query}`), { params: Promise.resolve({ module }) });
  // Response.text() would drop the BOM: decode keeping it, to check it is there.
  const bytes = response.status === 200 ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
  return { response, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

describe("GET /api/export/[module]", () => {
  it("gives no data signed out, without the permission, or for an unknown module", async () => {
    expect((await exportCsv("lang=fr", null)).response.status).toBe(401);
    const noExport = { ...staff, role: "nobody" } as unknown as CurrentUser;
    expect((await exportCsv("lang=fr", noExport)).response.status).toBe(403);
    expect((await exportCsv("lang=fr", staff, "constructor")).response.status).toBe(404);
    expect((await exportCsv("lang=xx")).response.status).toBe(400);
  });

  it("writes the filtered list in the chosen columns and order: BOM, ; in French, labels, ISO dates, neutralised formulas", async () => {
    const { response, text } = await exportCsv("f.city=starts&f.city.v=Iqa&cols=lastName,firstName,phone,fileStatus,cvUpToDate,createdAt&lang=fr&sep=semicolon");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), ";");
    expect(rows[0]).toEqual(["Nom de famille", "Prénom", "Téléphone", "Statut du dossier", "CV à jour", "Date de création"]);
    expect(rows).toHaveLength(3);
    const [cote, hyper] = [rows.find((r) => r[1] === "Élodie")!, rows.find((r) => r[1] === "Robert")!];
    expect(cote.slice(0, 5)).toEqual(["Côté-Tremblay", "Élodie", "+1 867 555 0100", "Ouvert", "Oui"]);
    expect(cote[5]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(hyper[0]).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(hyper[3]).toBe("Fermé");
    expect(text).toContain("\r\n");
  });

  it("writes English labels with , and only the selected rows", async () => {
    const { text } = await exportCsv(`cols=lastName,fileStatus&lang=en&sep=comma&ids=${ids[0]},${ids[2]}`);
    expect(parseCsv(text.slice(1), ",")).toEqual([
      ["Last name", "File status"],
      ["Côté-Tremblay", "Open"],
      ["Filtre", "Open"],
    ]);
  });

  it("records who exported which module, the filter and the row count", async () => {
    await exportCsv("f.city=starts&f.city.v=Iqa&cols=lastName&lang=fr");
    const row = await getDb().auditLog.findFirst({ where: { action: "export", userId: staff.id }, orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ module: "clients", userName: "Agente Export" });
    expect(JSON.parse(row!.detail!)).toMatchObject({ filter: "f.city=starts&f.city.v=Iqa", rows: 2, complete: true });
  });

  it("reads past one batch in order (keyset batches)", async () => {
    const base = { fileStatus: "open", clientStatus: "newcomer", city: "Kugluktuk" };
    for (let i = 0; i < 520; i++) {
      await getDb().client.create({ data: { ...base, lastName: `Lot ${String(i).padStart(3, "0")}`, sortName: `lot ${String(i).padStart(3, "0")}`, nameKey: "lot", createdById: staff.id } });
    }
    const { text } = await exportCsv("f.city=contains&f.city.v=Kuglu&cols=lastName&lang=fr");
    const names = parseCsv(text.slice(1), ";").slice(1).map((r) => r[0]);
    expect(names).toHaveLength(520);
    expect(names[0]).toBe("Lot 000");
    expect(names[519]).toBe("Lot 519");
  }, 60_000);
});

describe("export memory", () => {
  it("reads ahead one batch at most: a download that stops being read stops the reading of rows", async () => {
    const { exportStream } = await import("@/lib/list-tools/export");
    const { listStateOf } = await import("@/lib/list-tools/query");
    const model = MODULES.clients;
    const batches = jest.spyOn(model, "batch");
    try {
      const stream = exportStream(model, staff, { ...listStateOf(model.def, "f.city=contains&f.city.v=Kuglu"), locale: "fr" }, ["lastName"], { lang: "fr", sep: "semicolon", ids: null }, null);
      const reader = stream.getReader();
      const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
      await reader.read(); // the header line
      await settle();
      expect(batches).toHaveBeenCalledTimes(1);
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value).split("\r\n").filter(Boolean)).toHaveLength(500);
      await settle();
      expect(batches).toHaveBeenCalledTimes(2);
      await reader.cancel();
    } finally {
      batches.mockRestore();
    }
  }, 30_000);
});
