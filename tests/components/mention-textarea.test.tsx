import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import { useState } from "react";
import { fr } from "@/tests/helpers/messages";
import { MentionTextarea } from "@/components/notifications/mention-textarea";

const searchColleagues = jest.fn(async ({ q }: { q: string }) => ({
  ok: true as const,
  data: [
    { id: "u1", name: "Élise Côté" },
    { id: "u2", name: "Eli Akavak" },
  ].filter((u) => u.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().startsWith(q.toLowerCase())),
}));
jest.mock("@/lib/notifications/colleague-actions", () => ({ searchColleagues: (input: { q: string }) => searchColleagues(input) }));

function Harness({ onValue }: { onValue?: (v: string) => void }) {
  const [value, setValue] = useState("");
  return (
    <NextIntlClientProvider locale="fr" messages={fr}>
      <label htmlFor="d">Description</label>
      <MentionTextarea
        id="d"
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue?.(v);
        }}
      />
    </NextIntlClientProvider>
  );
}

beforeEach(() => searchColleagues.mockClear());

describe("MentionTextarea", () => {
  it("suggests colleagues after @, moves with the arrows and inserts « @Prénom Nom » as plain text with Enter", async () => {
    const user = userEvent.setup();
    const onValue = jest.fn();
    render(<Harness onValue={onValue} />);
    const box = screen.getByLabelText("Description");
    await user.type(box, "Voir avec @eli");
    const list = await screen.findByRole("listbox", { name: "Collègues à mentionner" });
    expect(box).toHaveAttribute("aria-controls", list.id);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Élise Côté", "Eli Akavak"]);
    expect(screen.getByRole("option", { name: "Élise Côté" })).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{ArrowDown}");
    expect(box).toHaveAttribute("aria-activedescendant", screen.getByRole("option", { name: "Eli Akavak" }).id);
    await user.keyboard("{Enter}");
    expect(box).toHaveValue("Voir avec @Eli Akavak ");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(searchColleagues).toHaveBeenLastCalledWith({ q: "eli" });
  });

  it("closes with Escape and keeps Enter as a new line when nothing is suggested", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByLabelText("Description");
    await user.type(box, "@e");
    await screen.findByRole("listbox");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.type(box, "{Enter}x");
    expect(box).toHaveValue("@e\nx");
  });

  it("does not suggest inside an e-mail address", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText("Description"), "eli@exemple");
    await new Promise((r) => setTimeout(r, 250));
    await waitFor(() => expect(searchColleagues).not.toHaveBeenCalled());
    expect(screen.queryByRole("listbox")).toBeNull();
  });
});
