import { act, render, screen, within } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { DragEndEvent } from "@dnd-kit/core";
import { fr } from "@/tests/helpers/messages";
import { KanbanBoard } from "@/components/activities/kanban-board";
import type { BoardCard } from "@/components/activities/kanban-card";

const mockRefresh = jest.fn();
jest.mock("@/lib/i18n/navigation", () => {
  const React = jest.requireActual<typeof import("react")>("react");
  return {
    Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => React.createElement("a", { href, ...rest }, children),
    useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: mockRefresh }),
  };
});
// jsdom has no layout, so no sensor can find a column under a card: the test drops the card the way the
// DndContext reports a drop, through the onDragEnd the board gives it.
let dropped: ((event: DragEndEvent) => void) | undefined;
jest.mock("@dnd-kit/core", () => {
  const actual = jest.requireActual("@dnd-kit/core");
  const React = jest.requireActual<typeof import("react")>("react");
  return {
    ...actual,
    DndContext: (props: { onDragEnd: (event: DragEndEvent) => void; children: React.ReactNode }) => {
      dropped = props.onDragEnd;
      return React.createElement(actual.DndContext, props);
    },
  };
});

const columns = [
  { status: "notStarted", label: "Non démarré" },
  { status: "inProgress", label: "En cours" },
  { status: "completed", label: "Terminé" },
  { status: "pending", label: "En attente" },
];
const card: BoardCard = { id: "t1", version: 3, subject: "Suivi embauche", status: "inProgress", dueText: "1 sept. 2025, 6 h 00", overdue: true, priorityLabel: "Élevée", assigneeName: "Aputi Test" };

function renderBoard(move: jest.Mock) {
  render(
    <NextIntlClientProvider locale="fr" messages={fr}>
      <KanbanBoard columns={columns} cards={[card]} move={move} moveForm={jest.fn()} query="" hiddenCounts={{}} />
    </NextIntlClientProvider>,
  );
}
const column = (name: RegExp) => screen.getByRole("region", { name });
const drop = (status: string) => dropped!({ active: { id: "t1" }, over: { id: `column:${status}`, data: { current: { status } } } } as unknown as DragEndEvent);

it("shows each status as a column and marks an overdue card in words", () => {
  renderBoard(jest.fn());
  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["Non démarré (0)", "En cours (1)", "Terminé (0)", "En attente (0)"]);
  expect(within(column(/En cours/)).getByText("En retard")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Déplacer « Suivi embauche »" })).toBeInTheDocument();
});

it("moves the card at once and keeps it there when the save succeeds", async () => {
  let resolve!: (v: unknown) => void;
  const move = jest.fn(() => new Promise((r) => (resolve = r)));
  renderBoard(move);
  act(() => void drop("completed"));
  expect(within(column(/Terminé/)).getByText("Suivi embauche")).toBeInTheDocument();
  expect(within(column(/Terminé/)).queryByText("En retard")).not.toBeInTheDocument();
  expect(move).toHaveBeenCalledWith({ id: "t1", version: 3, status: "completed" });
  await act(async () => resolve({ ok: true, data: { id: "t1", version: 4 } }));
  expect(within(column(/Terminé/)).getByText("Suivi embauche")).toBeInTheDocument();
  expect(screen.getByText("« Suivi embauche » est maintenant dans « Terminé ».")).toHaveAttribute("role", "status");
  expect(mockRefresh).toHaveBeenCalled();
});

it("puts the card back and says why when the save is refused", async () => {
  const move = jest.fn().mockResolvedValue({ ok: false, error: "records.conflict" });
  renderBoard(move);
  await act(async () => drop("completed"));
  expect(within(column(/En cours/)).getByText("Suivi embauche")).toBeInTheDocument();
  expect(within(column(/Terminé/)).queryByText("Suivi embauche")).not.toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent(`« Suivi embauche » n'a pas été déplacée : ${fr.records.conflict}`);
});

it("puts the card back when the server cannot be reached", async () => {
  renderBoard(jest.fn().mockRejectedValue(new Error("offline")));
  await act(async () => drop("pending"));
  expect(within(column(/En cours/)).getByText("Suivi embauche")).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent("le serveur ne répond pas");
});

it("does nothing when the card is dropped in its own column", async () => {
  const move = jest.fn();
  renderBoard(move);
  await act(async () => drop("inProgress"));
  expect(move).not.toHaveBeenCalled();
});
