import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("kiosk");
  return { title: t("title") };
}

/**
 * The office kiosk's frame: no shell, no navigation into the CRM, no record data, whoever is signed in on the
 * tablet. Only the kiosk's own pages (form, thank-you, privacy notice) link to each other.
 */
export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto flex min-h-dvh w-full max-w-3xl flex-col justify-center px-4 py-6 sm:px-8">{children}</main>;
}
