/** @jest-environment node */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { S3FileStore } from "@/lib/files/s3-store";
import { signRequest } from "@/lib/files/sigv4";
import { PDF } from "@/tests/fixtures/files/samples";

const creds = { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret-for-tests", region: "ca-central-1" };

describe("SigV4", () => {
  it("matches AWS's published example (GET with a Range header)", () => {
    const headers = signRequest(
      { method: "GET", url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"), headers: { Range: "bytes=0-9" } },
      { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1" },
      new Date("2013-05-24T00:00:00Z"),
    );
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });
});

/** An in-process S3-compatible server: PUT, GET, HEAD, DELETE on path-style keys, every request's signature checked. */
function fakeS3(secret: string) {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: string[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    seen.push(`${req.method} ${url.pathname}`);
    const auth = String(req.headers.authorization ?? "");
    const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1].split(";") ?? [];
    const date = String(req.headers["x-amz-date"] ?? "");
    const when = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`);
    const headers = Object.fromEntries(signed.filter((h) => !["host", "x-amz-date", "x-amz-content-sha256"].includes(h)).map((h) => [h, String(req.headers[h])]));
    const expected = signRequest({ method: req.method!, url, headers, body: body.length ? new Uint8Array(body) : undefined }, { ...creds, secretAccessKey: secret }, when).authorization;
    const bodyHash = createHash("sha256").update(body).digest("hex");
    if (!auth || auth !== expected || req.headers["x-amz-content-sha256"] !== bodyHash) {
      res.writeHead(403).end("<Error><Code>SignatureDoesNotMatch</Code></Error>");
      return;
    }
    const found = objects.get(url.pathname);
    if (req.method === "PUT") {
      objects.set(url.pathname, { body, type: String(req.headers["content-type"]) });
      res.writeHead(200).end();
    } else if (req.method === "GET" || req.method === "HEAD") {
      if (!found) res.writeHead(404).end();
      else res.writeHead(200, { "content-type": found.type, "content-length": found.body.length }).end(req.method === "GET" ? found.body : undefined);
    } else if (req.method === "DELETE") {
      objects.delete(url.pathname);
      res.writeHead(204).end();
    } else res.writeHead(405).end();
  });
  return { server, objects, seen };
}

describe("S3 file store against a fake S3 server", () => {
  const fake = fakeS3(creds.secretAccessKey);
  let endpoint: string;
  beforeAll(async () => {
    await new Promise<void>((r) => fake.server.listen(0, "127.0.0.1", r));
    endpoint = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => fake.server.close(() => r())));

  it("puts, reads, checks and deletes an object under files/<key> in the bucket", async () => {
    const store = new S3FileStore({ endpoint, bucket: "crm-fichiers", ...creds });
    await store.put("abcDEF1234567890_-xyz", PDF, "application/pdf");
    expect(fake.objects.get("/crm-fichiers/files/abcDEF1234567890_-xyz")).toMatchObject({ type: "application/pdf" });
    expect(await store.exists("abcDEF1234567890_-xyz")).toBe(true);
    expect(await store.get("abcDEF1234567890_-xyz")).toEqual(PDF);
    await store.delete("abcDEF1234567890_-xyz");
    expect(await store.exists("abcDEF1234567890_-xyz")).toBe(false);
    expect(await store.get("abcDEF1234567890_-xyz")).toBeNull();
    expect(fake.seen).toEqual(["PUT", "HEAD", "GET", "DELETE", "HEAD", "GET"].map((m) => `${m} /crm-fichiers/files/abcDEF1234567890_-xyz`));
  });

  it("fails loudly when the server refuses the signature", async () => {
    const store = new S3FileStore({ endpoint, bucket: "crm-fichiers", ...creds, secretAccessKey: "wrong-secret" });
    await expect(store.put("abcDEF1234567890_-abc", PDF, "application/pdf")).rejects.toThrow(/S3 PUT failed: 403/);
    expect(fake.objects.has("/crm-fichiers/files/abcDEF1234567890_-abc")).toBe(false);
  });
});
