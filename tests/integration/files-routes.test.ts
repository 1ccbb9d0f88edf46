/** @jest-environment node */
import { readdirSync } from "node:fs";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import { downloadRequest, idParams, streamedUpload, uploadRequest } from "@/tests/helpers/files";
import { HTML, PDF, PNG, SVG } from "@/tests/fixtures/files/samples";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
// Users in this set see no record at all: "another user without access to the record".
const mockOutsiders = new Set<string>();
jest.mock("@/lib/records/scope", () => {
  const actual = jest.requireActual("@/lib/records/scope");
  return { ...actual, recordScope: (user: { id: string }, module: string) => (mockOutsiders.has(user.id) ? { deletedAt: null, id: "__nobody__" } : actual.recordScope(user, module)) };
});
jest.mock("@/lib/files/store", () => {
  const { LocalFileStore } = jest.requireActual("@/lib/files/local-store");
  const dataDir = `${jest.requireActual("node:os").tmpdir()}/crm-files-${process.pid}-${Date.now()}`;
  const store = new LocalFileStore(dataDir);
  return { fileStore: () => store, filesDir: `${dataDir}/files` };
});

import { POST as upload } from "@/app/api/files/upload/route";
import { GET as download } from "@/app/api/files/[id]/route";
import { MODULES } from "@/lib/modules/registry";
import { deleteRecord, restoreRecord, saveRecord } from "@/lib/records/service";
import { saveFileSettings, DEFAULT_FILE_SETTINGS } from "@/lib/files/settings";

const { filesDir: mockFilesDir } = jest.requireMock("@/lib/files/store") as { filesDir: string };

const getDb = setupTestDatabase();
let staff: CurrentUser, admin: CurrentUser, outsider: CurrentUser;
let clientId: string;

beforeAll(async () => {
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin" }));
  outsider = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  mockOutsiders.add(outsider.id);
  clientId = (await saveRecord(MODULES.clients, MODULES.clients.schema.parse({ lastName: "Kilabuk", firstName: "Élisabeth", fileStatus: "open", clientStatus: "newcomer" }) as never, staff)).id;
});
beforeEach(() => currentUser.mockResolvedValue(staff));

const cvTarget = () => ({ intent: "create", module: "cvs", parentModule: "clients", parentId: clientId });
const docTarget = () => ({ intent: "create", module: "documents", parentModule: "clients", parentId: clientId });
const counts = async () => ({ files: await getDb().storedFile.count(), cvs: await getDb().cv.count(), documents: await getDb().document.count() });

describe("upload and download", () => {
  it("uploads a PDF CV to a client, downloads it as an attachment with its name, and logs the download", async () => {
    const res = await upload(uploadRequest(cvTarget(), [{ name: "CV Élisabeth ᑭᓚᐳᒃ.pdf", bytes: PDF }]));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, results: [{ ok: true, name: "CV Élisabeth ᑭᓚᐳᒃ.pdf" }] });
    const cv = await getDb().cv.findUniqueOrThrow({ where: { id: body.results[0].recordId } });
    expect(cv).toMatchObject({ clientId, title: "CV Élisabeth ᑭᓚᐳᒃ", fileName: "CV Élisabeth ᑭᓚᐳᒃ.pdf", version: 2 });

    const got = await download(downloadRequest(body.results[0].id), idParams(body.results[0].id));
    expect(got.status).toBe(200);
    expect(got.headers.get("content-disposition")).toBe(`attachment; filename="CV Elisabeth ____.pdf"; filename*=UTF-8''CV%20%C3%89lisabeth%20${encodeURIComponent("ᑭᓚᐳᒃ")}.pdf`);
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(PDF);
    expect(await getDb().auditLog.findFirst({ where: { action: "download", recordId: cv.id } })).toMatchObject({ userId: staff.id, module: "cvs" });
    // Stored under a random name, nothing of the user's.
    const stored = await getDb().storedFile.findUniqueOrThrow({ where: { id: body.results[0].id } });
    expect(stored.storageKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("keeps every version of a document downloadable", async () => {
    const first = await (await upload(uploadRequest(docTarget(), [{ name: "contrat.pdf", bytes: PDF }]))).json();
    const docId = first.results[0].recordId;
    const second = await (await upload(uploadRequest({ intent: "version", module: "documents", id: docId }, [{ name: "contrat v2.png", bytes: PNG }]))).json();
    expect(second.ok).toBe(true);
    const doc = await getDb().document.findUniqueOrThrow({ where: { id: docId }, include: { versions: { orderBy: { number: "asc" } } } });
    expect(doc).toMatchObject({ currentVersion: 2, file: second.results[0].id, fileName: "contrat v2.png", clientId });
    expect(doc.versions.map((v) => [v.number, v.fileName])).toEqual([[1, "contrat.pdf"], [2, "contrat v2.png"]]);
    const old = await download(downloadRequest(doc.versions[0].fileId), idParams(doc.versions[0].fileId));
    expect(old.status).toBe(200);
    expect(new Uint8Array(await old.arrayBuffer())).toEqual(PDF);
    const log = await getDb().auditLog.findMany({ where: { module: "documents", recordId: docId, field: "file" }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => [l.before, l.after])).toEqual([[null, "contrat.pdf"], ["contrat.pdf", "contrat v2.png"]]);
  });

  it("refuses SVG and renamed HTML with a clear message and keeps the good files of the same upload", async () => {
    const before = await counts();
    const res = await upload(uploadRequest(docTarget(), [{ name: "logo.svg", bytes: SVG }, { name: "rapport.pdf", bytes: HTML }, { name: "ok.png", bytes: PNG }]));
    const body = await res.json();
    expect(body.results.map((r: { ok: boolean; error?: string }) => r.error ?? "ok")).toEqual(["files.refusedMarkup", "files.refusedMarkup", "ok"]);
    expect(body.results[0].message).toBe("Les fichiers SVG et HTML ne sont pas acceptés, même renommés.");
    expect(await counts()).toEqual({ ...before, files: before.files + 1, documents: before.documents + 1 });
  });

  it("stops reading a streamed upload past the size limit: 413, nothing stored", async () => {
    await saveFileSettings({ ...DEFAULT_FILE_SETTINGS, maxUploadMb: 1 });
    try {
      const before = await counts();
      const onDisk = readdirSync(mockFilesDir, { recursive: true }).length;
      const { request, pulled } = streamedUpload(docTarget(), 50 * 1024 * 1024);
      const res = await upload(request);
      expect(res.status).toBe(413);
      expect((await res.json()).message).toBe("Ce fichier dépasse la taille maximale de 1 Mo.");
      expect(pulled()).toBeLessThan(3 * 1024 * 1024);
      expect(await counts()).toEqual(before);
      expect(readdirSync(mockFilesDir, { recursive: true })).toHaveLength(onDisk);
    } finally {
      await saveFileSettings(DEFAULT_FILE_SETTINGS);
    }
  });

  it("moves a record's files to the recycle bin with it and back on restore", async () => {
    const { results } = await (await upload(uploadRequest(docTarget(), [{ name: "bail.pdf", bytes: PDF }]))).json();
    const [{ id, recordId }] = results;
    await deleteRecord(MODULES.documents, recordId, admin);
    expect((await download(downloadRequest(id), idParams(id))).status).toBe(404);
    expect(await getDb().storedFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: expect.any(Date) });
    await restoreRecord(MODULES.documents, recordId, admin);
    expect((await download(downloadRequest(id), idParams(id))).status).toBe(200);
  });
});

describe("access control", () => {
  let fileId: string;
  let noteId: string;
  beforeAll(async () => {
    currentUser.mockResolvedValue(staff);
    fileId = (await (await upload(uploadRequest(cvTarget(), [{ name: "cv.pdf", bytes: PDF }]))).json()).results[0].id;
    noteId = (await saveRecord(MODULES.notes, MODULES.notes.schema.parse({ subject: "Suivi", parent: { module: "clients", id: clientId } }) as never, staff)).id;
  });

  it("gives no file and writes nothing without a session", async () => {
    currentUser.mockResolvedValue(null);
    const before = await counts();
    const res = await download(downloadRequest(fileId), idParams(fileId));
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain("%PDF");
    expect((await upload(uploadRequest(cvTarget(), [{ name: "cv.pdf", bytes: PDF }]))).status).toBe(401);
    expect((await upload(uploadRequest({ intent: "attach", module: "notes", id: noteId }, [{ name: "a.pdf", bytes: PDF }]))).status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 to a user who may not see the record, for every route and intent", async () => {
    currentUser.mockResolvedValue(outsider);
    const before = await counts();
    expect((await download(downloadRequest(fileId), idParams(fileId))).status).toBe(404);
    const docId = (await getDb().document.findFirstOrThrow()).id;
    for (const target of [cvTarget(), docTarget(), { intent: "version", module: "documents", id: docId }, { intent: "attach", module: "notes", id: noteId }]) {
      const res = await upload(uploadRequest(target, [{ name: "cv.pdf", bytes: PDF }]));
      expect([target.intent, res.status]).toEqual([target.intent, 404]);
    }
    expect(await counts()).toEqual(before);
    expect(await getDb().auditLog.count({ where: { action: "download", userId: outsider.id } })).toBe(0);
  });

  it("answers 404 for an unknown file and refuses a cross-site form post", async () => {
    expect((await download(downloadRequest("nope"), idParams("nope"))).status).toBe(404);
    expect((await download(downloadRequest("../../etc/passwd"), idParams("../../etc/passwd"))).status).toBe(404);
    const res = await upload(uploadRequest(cvTarget(), [{ name: "cv.pdf", bytes: PDF }], { origin: "https://evil.example", host: "localhost" }));
    expect(res.status).toBe(403);
  });

  it("refuses a CV for anything but a client, and unknown intents", async () => {
    const partner = await saveRecord(MODULES.partners, MODULES.partners.schema.parse({ name: "Atii Inc." }) as never, staff);
    expect((await upload(uploadRequest({ ...cvTarget(), parentModule: "partners", parentId: partner.id }, [{ name: "cv.pdf", bytes: PDF }]))).status).toBe(404);
    expect((await upload(uploadRequest({ intent: "delete", module: "cvs", id: "x" }, [{ name: "cv.pdf", bytes: PDF }]))).status).toBe(400);
  });

  it("attaches a file to a note, and a no-JS post is redirected back to the page", async () => {
    const res = await upload(uploadRequest({ intent: "attach", module: "notes", id: noteId, back: `/fr/notes/${noteId}` }, [{ name: "pièce.txt", bytes: new TextEncoder().encode("bonjour") }], { accept: "text/html" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/fr/notes/${noteId}?uploaded=1`);
    expect(await getDb().note.findUniqueOrThrow({ where: { id: noteId } })).toMatchObject({ attachmentName: "pièce.txt", version: 2 });
    const evil = await upload(uploadRequest({ intent: "attach", module: "notes", id: noteId, back: "//evil.example/x" }, [{ name: "x.svg", bytes: SVG }], { accept: "text/html" }));
    expect(evil.headers.get("location")).toBe("/?uploaded=0&uploadError=files.refusedMarkup");
  });
});
