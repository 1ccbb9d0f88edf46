import { createNavigation } from "next-intl/navigation";
import { routing } from "@/lib/i18n/routing";

// next-intl's locale-aware helpers; the app imports them from navigation.ts, whose Link prefetches on intent.
export const { Link: BaseLink, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
