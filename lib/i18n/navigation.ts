export { redirect, usePathname, useRouter, getPathname } from "@/lib/i18n/base-navigation";
export { Link } from "@/lib/i18n/link";
