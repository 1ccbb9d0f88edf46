// The bench calls lib/ outside a Next.js request. Two modules need a stand-in, put in Node's module cache before
// anything from lib/ loads:
// - `server-only` throws outside a server build (the react-server condition that empties it would also swap in
//   React's server build, which next-intl's translator cannot load in plain Node);
// - `next-intl/server` reads the request's locale and config; here it answers as a French page in Iqaluit's
//   time zone would, with the same messages and the same translator and formatter the request config builds.
import Module, { createRequire } from "node:module";
import { join } from "node:path";

export const BENCH_LOCALE = "fr";
export const BENCH_TIME_ZONE = "America/Iqaluit";

export function installServerStubs() {
  const local = createRequire(join(process.cwd(), "package.json"));
  const stub = (name: string, exports: object) => {
    const m = new Module(local.resolve(name));
    m.loaded = true;
    m.exports = exports;
    local.cache[m.id] = m;
  };
  stub("server-only", {});
  const intl = local("next-intl") as typeof import("next-intl");
  let messages: Record<string, unknown> | null = null;
  const load = async () => (messages ??= (await import("@/lib/i18n/messages")).loadMessages(BENCH_LOCALE) as Record<string, unknown>);
  stub("next-intl/server", {
    getLocale: async () => BENCH_LOCALE,
    getTimeZone: async () => BENCH_TIME_ZONE,
    getNow: async () => new Date(),
    getMessages: load,
    getTranslations: async (namespace?: string) => intl.createTranslator({ locale: BENCH_LOCALE, messages: (await load()) as never, namespace: namespace as never }),
    getFormatter: async () => intl.createFormatter({ locale: BENCH_LOCALE, timeZone: BENCH_TIME_ZONE }),
  });
}
