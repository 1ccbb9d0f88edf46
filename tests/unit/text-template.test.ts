import { createTranslator } from "next-intl";
import { textTemplate } from "@/lib/i18n/text-template";

const messages = { records: { quickViewOf: "Aperçu de {title}", favoriteOf: "Favori : {title}" }, en: { quote: "“{title}” selected" } };
const t = createTranslator({ locale: "fr", messages });

describe("textTemplate", () => {
  it("gives what the translator gives, for any text", () => {
    const quick = textTemplate((v) => t("records.quickViewOf", v), "title");
    for (const title of ["Marie Côté", "O'Brien-Lévesque", "$& $1 {title} <b>", "", "é".repeat(255)]) {
      expect(quick(title)).toBe(t("records.quickViewOf", { title }));
    }
  });

  it("formats the message once, whatever the number of rows", () => {
    const format = jest.fn((v: Record<string, string>) => t("en.quote", v));
    const label = textTemplate(format, "title");
    expect(["Aya Kilabuk", "Jean Tremblay"].map(label)).toEqual(["“Aya Kilabuk” selected", "“Jean Tremblay” selected"]);
    expect(format).toHaveBeenCalledTimes(1);
  });
});
