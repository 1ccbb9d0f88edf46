// CommonJS: a jest.config.ts would need ts-node on Node 20.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });
// ESM-only packages (and Prisma's runtime, which imports its WASM query compiler) must be transformed.
const esm = ["@tanstack", "next-intl", "use-intl", "@formatjs", "intl-messageformat", "@prisma/client/runtime", "lucide-react", "next-auth", "file-type", "strtok3", "token-types", "@tokenizer", "@borewit", "uint8array-extras", "icu-minify"].join("|");

const config = {
  testEnvironment: "jsdom",
  setupFilesAfterEnv: ["<rootDir>/tests/setup.ts"],
  testMatch: ["<rootDir>/tests/**/*.test.ts?(x)"],
  // Two cores run the suites side by side (argon2 hashing, real databases): a 5-second default is too tight.
  testTimeout: 20_000,
  testPathIgnorePatterns: ["<rootDir>/tests/e2e/", "<rootDir>/.next/", "<rootDir>/node_modules/"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = [`/node_modules/(?!(${esm})/)`, "^.+\\.module\\.(css|sass|scss)$"];
  return resolved;
};
