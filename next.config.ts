import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security-headers";
import { ERROR_PAGE_MESSAGES } from "./lib/i18n/error-page-messages";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (tsc, in CI before any build) is the type gate; checking again inside `next build` costs
  // about a minute of a first `npm start` on a 2-core machine, and of every CI run.
  typescript: { ignoreBuildErrors: true },
  // app/global-error.tsx has no translation provider: only its few strings are inlined in the client bundle.
  env: { CRM_ERROR_PAGE_MESSAGES: ERROR_PAGE_MESSAGES },
  // The browser's messages come precompiled (lib/i18n/client-messages.ts `browserMessages`), so its formatter is
  // use-intl's format-only one, without the ICU parser; the server's takes both forms (lib/i18n/format-message.ts).
  turbopack: { resolveAlias: { "use-intl/format-message": { browser: "use-intl/format-message/format-only", default: "./lib/i18n/format-message.ts" } } },
  // Read at build time: scripts/start.mjs rebuilds when APP_URL's scheme changes.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.APP_URL) }];
  },
  async redirects() {
    // The kiosk address staff already use; one folder, since the two names collide on case-insensitive disks.
    return [
      { source: "/Registration", destination: "/fr/registration", permanent: false },
      { source: "/registration", destination: "/fr/registration", permanent: false },
    ];
  },
};

export default withNextIntl(nextConfig);
