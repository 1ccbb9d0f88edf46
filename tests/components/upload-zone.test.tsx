import { act, fireEvent, render, screen } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { fr } from "@/tests/helpers/messages";
import { UploadZone } from "@/components/files/upload-zone";

const mockRefresh = jest.fn();
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ refresh: mockRefresh }) }));

type Sent = { method: string; url: string; headers: Record<string, string>; body: FormData | null; progress?: (e: Partial<ProgressEvent>) => void; respond: (status: number, body: unknown) => void };
const sent: Sent[] = [];
class FakeXhr {
  upload: { onprogress: ((e: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 0;
  responseText = "";
  private entry: Sent = { method: "", url: "", headers: {}, body: null, respond: () => {} };
  open(method: string, url: string) {
    this.entry = { ...this.entry, method, url };
  }
  setRequestHeader(name: string, value: string) {
    this.entry.headers[name] = value;
  }
  send(body: FormData) {
    this.entry.body = body;
    this.entry.progress = (e) => this.upload.onprogress?.(e);
    this.entry.respond = (status, json) => {
      this.status = status;
      this.responseText = JSON.stringify(json);
      this.onload?.();
    };
    sent.push(this.entry);
  }
}
beforeEach(() => {
  mockRefresh.mockClear();
  sent.length = 0;
  (globalThis as { XMLHttpRequest: unknown }).XMLHttpRequest = FakeXhr;
});

const zone = () =>
  render(
    <NextIntlClientProvider locale="fr" messages={fr}>
      <UploadZone query={{ intent: "create", module: "documents", parentModule: "clients", parentId: "c1" }} back="/clients/c1" maxMb={1} label="Ajouter des documents" />
    </NextIntlClientProvider>,
  );
const file = (name: string, size: number) => new File([new Uint8Array(size)], name, { type: "application/pdf" });

describe("upload zone", () => {
  it("is a multipart form posting to the upload route without scripts, with the page to come back to", () => {
    const { container } = zone();
    const form = container.querySelector("form")!;
    expect(form.getAttribute("method")).toBe("post");
    expect(form.getAttribute("enctype")).toBe("multipart/form-data");
    expect(form.getAttribute("action")).toBe("/api/files/upload?intent=create&module=documents&parentModule=clients&parentId=c1&back=%2Ffr%2Fclients%2Fc1");
    expect(screen.getByLabelText(/Fichiers à envoyer/)).toHaveAttribute("name", "files");
  });

  it("says at once that a file is too big and sends only the others, following the progress", () => {
    zone();
    fireEvent.change(screen.getByLabelText(/Fichiers à envoyer/), { target: { files: [file("gros.pdf", 2 * 1024 * 1024), file("petit.pdf", 10)] } });
    expect(screen.getByText("gros.pdf : Ce fichier dépasse la taille maximale de 1 Mo.")).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect((sent[0].body!.getAll("files") as File[]).map((f) => f.name)).toEqual(["petit.pdf"]);
    expect(sent[0].headers.Accept).toBe("application/json");
    act(() => sent[0].progress!({ lengthComputable: true, loaded: 5, total: 10 }));
    expect(screen.getByText("Envoi : 50 %")).toBeInTheDocument();
    act(() => sent[0].respond(200, { ok: true, results: [{ name: "petit.pdf", ok: true }] }));
    expect(screen.getByText("1 fichier envoyé.")).toBeInTheDocument();
    expect(mockRefresh).toHaveBeenCalled();
  });

  it("accepts files dropped on it and shows each refusal the server gives", () => {
    const { container } = zone();
    fireEvent.drop(container.querySelector("form")!, { dataTransfer: { files: [file("logo.svg", 10)] } });
    expect(sent).toHaveLength(1);
    act(() => sent[0].respond(415, { ok: false, results: [{ name: "logo.svg", ok: false, message: "Les fichiers SVG et HTML ne sont pas acceptés, même renommés." }] }));
    expect(screen.getByRole("alert")).toHaveTextContent("logo.svg : Les fichiers SVG et HTML ne sont pas acceptés, même renommés.");
    expect(mockRefresh).not.toHaveBeenCalled();
  });
});

