import { fr, en } from "@/tests/helpers/messages";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );

const frFlat = flatten(fr as Tree);
const enFlat = flatten(en as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("messages", () => {
  it("have the same keys in French and English", () => {
    expect(Object.keys(frFlat).sort()).toEqual(Object.keys(enFlat).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(frFlat)) expect([key, placeholders(frFlat[key])]).toEqual([key, placeholders(enFlat[key] ?? "")]);
  });

  it("have no empty message", () => {
    for (const [key, value] of [...Object.entries(frFlat), ...Object.entries(enFlat)]) expect([key, value.trim().length > 0]).toEqual([key, true]);
  });

  it("spell English the Canadian way: organization, not organisation", () => {
    const british = Object.entries(enFlat).filter(([, v]) => /organis/i.test(v));
    expect(british).toEqual([]);
  });

  it("use the guide's French words for the sign-in screen", () => {
    expect(fr.auth.email).toBe("Adresse courriel");
    expect(fr.auth.password).toBe("Mot de passe");
    expect(fr.auth.submit).toBe("Se connecter");
    expect(fr.auth.forgot).toBe("Mot de passe oublié");
    expect(fr.shell.darkMode).toBe("Écran noir");
    expect(fr.shell.compact).toBe("Style compact");
    expect(fr.shell.recentlyViewed).toBe("Dernières consultations");
  });
});
