import { peekCurrentUser } from "@/lib/auth/current-user";
import { unreadCount } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

/** The bell's unread count for the open page's periodic refresh: `{"n":3,"c":false}` (c: capped at 99+). */
export async function GET() {
  const user = await peekCurrentUser();
  if (!user) return new Response(null, { status: 401, headers });
  const { count, capped } = await unreadCount(user.id);
  return Response.json({ n: count, c: capped }, { headers });
}
