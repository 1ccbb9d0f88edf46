import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { browserMessages } from "@/lib/i18n/client-messages";

/**
 * The sign-in, profile and administration forms read namespaces no record screen needs; the pages that show them
 * hand those to the browser, the others do not carry them.
 */
export async function AccountMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={browserMessages(await getMessages(), "accounts")}>{children}</NextIntlClientProvider>;
}
