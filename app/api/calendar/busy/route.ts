import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canModule } from "@/lib/auth/access";
import { busyTimes } from "@/lib/calendar/busy";
import { isDay, MAX_CALENDARS } from "@/lib/calendar/range";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };
const query = z
  .object({
    date: z.string().refine(isDay),
    users: z
      .string()
      .max(MAX_CALENDARS * 65)
      .transform((v) => [...new Set(v.split(",").filter(Boolean))])
      .pipe(z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).max(MAX_CALENDARS)),
  })
  .strict();

/**
 * The meeting form's « Disponibilités des invités »: `?date=2026-11-30&users=a,b` → when each is taken that day
 * (times only). For anyone who may plan or edit a meeting.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401, headers });
  if (!(await canModule(user, "meetings", "create")) && !(await canModule(user, "meetings", "edit"))) return new Response(null, { status: 403, headers });
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "errors.invalid" }, { status: 400, headers });
  return Response.json({ people: await busyTimes(parsed.data.users, parsed.data.date, user.timeZone) }, { headers });
}
