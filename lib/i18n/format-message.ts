import formatCompiled from "use-intl/format-message/format-only";
// @ts-expect-error -- use-intl's full formatter, reached by its file: next.config.ts aliases the package's
// "use-intl/format-message" to this module, so importing that name here would import this module again.
import formatSource from "../../node_modules/use-intl/dist/esm/production/format-message/index.js";

type Format = typeof formatCompiled;

/**
 * use-intl's message formatter on the server (next.config.ts; the browser gets the format-only one). Server code
 * formats the message files as written (ICU strings); client components rendered on the server read the
 * precompiled messages the browser gets (lib/i18n/client-messages.ts `browserMessages`): arrays for messages with
 * arguments, strings for plain text, which both formatters return as they are.
 */
export default function formatMessage(...args: Parameters<Format>): ReturnType<Format> {
  return (typeof args[1] === "string" ? (formatSource as Format) : formatCompiled)(...args);
}

// `t.raw` reads the written message: server components use it (the import progress template).
formatMessage.raw = true;
