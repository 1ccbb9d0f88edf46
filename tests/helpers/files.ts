// Requests to the upload and download routes as a browser would send them.

export function uploadRequest(query: Record<string, string>, files: { name: string; bytes: Uint8Array }[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const f of files) form.append("files", new Blob([Buffer.from(f.bytes)]), f.name);
  return new Request(`http://localhost/api/files/upload?${new URLSearchParams(query)}`, { method: "POST", body: form, headers: { accept: "application/json", ...headers } });
}

/**
 * A multipart body streamed in 64 KiB chunks with no Content-Length (chunked), claiming one file of `totalBytes`;
 * `pulled()` says how many bytes the server actually read.
 */
export function streamedUpload(query: Record<string, string>, totalBytes: number) {
  const boundary = "----crmtestboundary";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="gros.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
  const chunk = new Uint8Array(64 * 1024).fill(0x41);
  let sent = 0;
  let headSent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!headSent) {
        headSent = true;
        sent += head.length;
        controller.enqueue(head);
        return;
      }
      if (sent >= totalBytes) {
        controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
        controller.close();
        return;
      }
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(`http://localhost/api/files/upload?${new URLSearchParams(query)}`, {
    method: "POST",
    body,
    headers: { accept: "application/json", "content-type": `multipart/form-data; boundary=${boundary}` },
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => sent };
}

export const downloadRequest = (id: string) => new Request(`http://localhost/api/files/${id}`);
export const idParams = (id: string) => ({ params: Promise.resolve({ id }) });
