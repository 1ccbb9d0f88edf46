import { getMessages } from "next-intl/server";
import { browserMessages } from "@/lib/i18n/client-messages";
import { MoreMessages } from "@/components/ui/more-messages";

/**
 * The record forms and details, the calendar and the Kanban board read namespaces no list needs (SCREEN_NAMESPACES):
 * those screens add them, with every module's form and detail labels, so a first visit of a list does not carry them.
 */
export async function ScreenMessages({ children }: { children: React.ReactNode }) {
  return <MoreMessages messages={browserMessages(await getMessages(), "screens")}>{children}</MoreMessages>;
}

/** One module's form and detail labels, for its list (headers, filter, columns, quick view, « Action Lot »). */
export async function ModuleMessages({ moduleKey, children }: { moduleKey: string; children: React.ReactNode }) {
  return <MoreMessages messages={browserMessages(await getMessages(), "list", moduleKey)}>{children}</MoreMessages>;
}
