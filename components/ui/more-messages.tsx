"use client";
import { NextIntlClientProvider, useLocale, useMessages, type AbstractIntlMessages } from "next-intl";
import { useMemo } from "react";

/** Adds namespaces to the messages the page already has (a nested provider would replace them). */
export function MoreMessages({ messages, children }: { messages: AbstractIntlMessages; children: React.ReactNode }) {
  const base = useMessages();
  const locale = useLocale();
  const all = useMemo(() => ({ ...base, ...messages }), [base, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={all}>
      {children}
    </NextIntlClientProvider>
  );
}
