import { signRequest, uriEncode } from "@/lib/files/sigv4";
import type { FileStore } from "@/lib/files/store";

export type S3Options = { endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string };

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph, Garage …), addressed path-style (`<endpoint>/<bucket>/<key>`), which
 * every compatible server accepts. Requests are signed with SigV4 (lib/files/sigv4.ts).
 */
export class S3FileStore implements FileStore {
  constructor(private readonly options: S3Options) {}

  private async send(method: string, key: string, body?: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
    const base = this.options.endpoint.replace(/\/$/, "");
    const url = new URL(`${base}/${uriEncode(this.options.bucket, false)}/${uriEncode(`files/${key}`, true)}`);
    const signed = signRequest({ method, url, headers, body }, this.options);
    const { host: _host, ...sent } = signed;
    return fetch(url, { method, headers: sent, body: body ? Buffer.from(body) : undefined });
  }

  private static async fail(what: string, res: Response): Promise<never> {
    const text = (await res.text().catch(() => "")).slice(0, 200);
    throw new Error(`S3 ${what} failed: ${res.status} ${text}`);
  }

  async put(key: string, bytes: Uint8Array, mime: string): Promise<void> {
    const res = await this.send("PUT", key, bytes, { "content-type": mime, "content-length": String(bytes.length) });
    if (!res.ok) await S3FileStore.fail("PUT", res);
    await res.arrayBuffer();
  }

  async get(key: string): Promise<Uint8Array | null> {
    const res = await this.send("GET", key);
    if (res.status === 404) return null;
    if (!res.ok) await S3FileStore.fail("GET", res);
    return new Uint8Array(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const res = await this.send("DELETE", key);
    if (!res.ok && res.status !== 404) await S3FileStore.fail("DELETE", res);
    await res.arrayBuffer();
  }

  async exists(key: string): Promise<boolean> {
    const res = await this.send("HEAD", key);
    if (res.status === 404) return false;
    if (!res.ok) await S3FileStore.fail("HEAD", res);
    return true;
  }
}
