import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): about 40 ms here, slow enough for guessing.
const OPTIONS = { algorithm: 2 /* Argon2id: the package exports this as an ambient const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A fixed hash to verify against when the account does not exist, so that both answers take as long.
let dummyHash: Promise<string> | undefined;
export function verifyDummy(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  return dummyHash.then((h) => verifyPassword(h, password));
}

/** Returns a message key when the password is not acceptable (ASVS: length, not a known common one). */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return "validation.passwordTooShort";
  if (password.length > 128) return "validation.passwordTooLong";
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return "validation.passwordCommon";
  return null;
}
