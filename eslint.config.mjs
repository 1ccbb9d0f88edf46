import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { files: ["jest.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: ["generated/**", ".next/**", "node_modules/**", "scripts/lib/schema-engine-wasm-glue.mjs", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
];
export default config;
