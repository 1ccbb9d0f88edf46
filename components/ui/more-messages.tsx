"use client";
import { NextIntlClientProvider, useLocale, useMessages, type AbstractIntlMessages } from "next-intl";
import { useMemo } from "react";

type Modules = Record<string, AbstractIntlMessages>;

/**
 * Adds namespaces to the messages the page already has (a nested provider would replace them), and labels to
 * the modules' names every page has (`modules.<key>`: lib/i18n/client-messages.ts).
 */
export function MoreMessages({ messages, children }: { messages: AbstractIntlMessages; children: React.ReactNode }) {
  const base = useMessages();
  const locale = useLocale();
  const all = useMemo(() => {
    const have = (base.modules ?? {}) as Modules;
    const added = (messages.modules ?? {}) as Modules;
    const modules = { ...have, ...Object.fromEntries(Object.entries(added).map(([key, labels]) => [key, { ...have[key], ...labels }])) };
    return { ...base, ...messages, modules };
  }, [base, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={all}>
      {children}
    </NextIntlClientProvider>
  );
}
