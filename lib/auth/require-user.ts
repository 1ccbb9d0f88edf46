import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";

/** For pages: the signed-in user, or a redirect to the login page (a stale cookie also lands there). */
export async function requireUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${await getLocale()}/login?reason=expired`);
  if (permission && !can(user, permission)) redirect(`/${await getLocale()}?denied=1`);
  return user;
}
