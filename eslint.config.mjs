import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // A leading underscore marks a parameter or a destructured key kept on purpose (a signature, a key left out).
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }] } },
  { files: ["jest.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: ["generated/**", ".next/**", "node_modules/**", "scripts/lib/schema-engine-wasm-glue.mjs", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
];
export default config;
