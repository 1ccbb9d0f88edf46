/** @jest-environment node */
import type { CurrentUser } from "@/lib/auth/current-user";
import { asCurrentUser } from "@/tests/helpers/record-mocks";

const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
jest.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
jest.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

import { requireUser } from "@/lib/auth/require-user";

const flagged = { ...asCurrentUser({ id: "u1", name: "Admin Inventée", email: "admin@exemple.test", role: "admin" }), mustChangePassword: true };

describe("requireUser with a password change due", () => {
  it("sends every page to the profile's password form", async () => {
    currentUser.mockResolvedValue(flagged);
    await expect(requireUser()).rejects.toThrow("redirect:/en/profile");
    await expect(requireUser("users.manage")).rejects.toThrow("redirect:/en/profile");
  });

  it("lets the profile page (and the layout around it) render", async () => {
    currentUser.mockResolvedValue(flagged);
    await expect(requireUser(undefined, { passwordChange: true })).resolves.toBe(flagged);
  });

  it("changes nothing for everybody else", async () => {
    currentUser.mockResolvedValue({ ...flagged, mustChangePassword: false });
    await expect(requireUser("users.manage")).resolves.toMatchObject({ id: "u1" });
    currentUser.mockResolvedValue(null);
    await expect(requireUser()).rejects.toThrow("redirect:/en/login?reason=expired");
  });
});
