import { renderToString } from "react-dom/server";
import { createElement } from "react";
import { Calendar, dateFnsLocalizer, type View } from "react-big-calendar/lib/index";
import { format, getDay, parse, startOfWeek } from "date-fns";
import { frCA } from "date-fns/locale";
import { AccessibleDay, AccessibleWeek, PlainHeader } from "@/components/calendar/accessible-views";

// The day and week grid as the server sends it (before any script runs, when axe may already read it): no table
// role outside a table, and the scrolling hours box reachable by Tab with a name. Invented data only.
const localizer = dateFnsLocalizer({ format, parse, startOfWeek: (d: Date) => startOfWeek(d, { weekStartsOn: 1 }), getDay, locales: { fr: frCA } });
const event = { title: "Appel de suivi", start: new Date(2026, 10, 24, 13, 0), end: new Date(2026, 10, 24, 13, 30) };
const allDay = { title: "Atelier sur deux jours", start: new Date(2026, 10, 25, 9, 0), end: new Date(2026, 10, 26, 16, 0) };

function html(view: "day" | "week") {
  return renderToString(
    createElement(Calendar as never, {
      localizer,
      culture: "fr",
      events: [event, allDay],
      view,
      views: { day: AccessibleDay, week: AccessibleWeek, month: true } as unknown as View[],
      date: new Date(2026, 10, 24),
      toolbar: false,
      onView: () => undefined,
      onNavigate: () => undefined,
      components: { day: { header: PlainHeader }, week: { header: PlainHeader } },
      messages: { hoursRegion: "Heures de la journée" },
    }),
  );
}

describe.each(["day", "week"] as const)("the accessible %s view", (view) => {
  const page = html(view);

  it("keeps no table role from the library", () => {
    expect(page).toContain("rbc-time-view");
    expect(page.match(/role="(table|grid|rowgroup|row|cell|gridcell|columnheader|rowheader)"/g)).toBeNull();
  });

  it("gives the hours box a tab stop and its name", () => {
    expect(page).toMatch(/<div class="rbc-time-content" tabindex="0" role="region" aria-label="Heures de la journée">/);
  });

  it("keeps each block a button reachable by Tab", () => {
    expect(page).toMatch(/role="button" tabindex="0"[^>]*class="rbc-event[^"]*"|class="rbc-event[^"]*"[^>]*role="button"/);
    expect(page).toContain("Appel de suivi");
  });
});
