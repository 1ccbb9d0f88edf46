import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";

/**
 * For pages: the signed-in user, or a redirect to the login page (a stale cookie also lands there). A user who
 * must replace a generated password is sent to the profile's password form, except from the pages that pass
 * `passwordChange: true` (the profile itself, and the shell's layout, which wraps it).
 */
export async function requireUser(permission?: Permission, options: { passwordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${await getLocale()}/login?reason=expired`);
  if (user.mustChangePassword && !options.passwordChange) redirect(`/${await getLocale()}/profile`);
  if (permission && !can(user, permission)) redirect(`/${await getLocale()}?denied=1`);
  return user;
}
