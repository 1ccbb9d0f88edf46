import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import type { FileStore } from "@/lib/files/store";

const KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** Files under `<CRM_DATA_DIR>/files/<first two characters>/<key>`: outside public/, never served directly. */
export class LocalFileStore implements FileStore {
  private readonly root: string;
  constructor(dataDir: string) {
    this.root = resolve(dataDir, "files");
  }

  private path(key: string): string {
    // Keys are ours (random), never a user's: anything else is refused before touching the disk.
    if (!KEY.test(key)) throw new Error("invalid file key");
    return join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.path(key);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const tmp = `${path}.${randomUUID()}.part`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, path);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.path(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await stat(this.path(key));
      return true;
    } catch {
      return false;
    }
  }
}
