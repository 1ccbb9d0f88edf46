import { format } from "date-fns";

// The calendar library draws in the browser's own zone; the server sends wall times of the user's zone
// ("YYYY-MM-DDTHH:mm"), which become browser-local dates with the same clock reading and back, so the grid shows
// the user's zone whatever the computer is set to.

export function wallToLocal(wall: string): Date {
  const [d, t = "00:00"] = wall.split("T");
  const [y, mo, day] = d.split("-").map(Number);
  const [h, mi] = t.split(":").map(Number);
  return new Date(y, mo - 1, day, h, mi);
}

export const localToWall = (date: Date) => format(date, "yyyy-MM-dd'T'HH:mm");
export const localToDay = (date: Date) => format(date, "yyyy-MM-dd");
