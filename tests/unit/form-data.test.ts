import { z } from "zod";
import { formDataToObject } from "@/lib/actions/form-data";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";

describe("formDataToObject", () => {
  it("keeps strings, groups x[] fields and drops React's action fields", () => {
    const form = new FormData();
    form.append("name", "Marie");
    form.append("languages[]", "fr");
    form.append("languages[]", "iu");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ name: "Marie", languages: ["fr", "iu"] });
  });

  it.each(["constructor[]", "toString[]", "__proto__[]", "hasOwnProperty[]", "__proto__", "constructor", "toString", "valueOf"])(
    "turns a field named %s into an ordinary key that a strict schema refuses",
    (name) => {
      const form = new FormData();
      form.append("name", "Marie");
      form.append(name, "x");
      const out = formDataToObject(form);
      expect(Object.getPrototypeOf(out)).toBeNull();
      expect(Object.keys(out)).toEqual(["name", name.replace(/\[\]$/, "")]);
      const parsed = z.object({ name: z.string() }).strict().safeParse(out);
      expect(parsed.success).toBe(false);
      expect(fieldErrorsOf(parsed.error!)).toEqual({ _form: { key: "validation.unknownField" } });
      expect(({} as Record<string, unknown>).x).toBeUndefined(); // nothing leaked onto Object.prototype
    },
  );

  it("does not mix a plain field with a list of the same name into characters", () => {
    const form = new FormData();
    form.append("tags", "abc");
    form.append("tags[]", "x");
    expect(formDataToObject(form)).toEqual({ tags: ["x"] });
  });
});

describe("fieldErrorsOf", () => {
  const schema = z.object({ name: z.string().min(1).max(255), email: z.email(), kind: z.enum(["a", "b"]) }).strict();
  it("maps zod issues to translated message keys per field", () => {
    const result = schema.safeParse({ name: "x".repeat(256), email: "nope", kind: "c" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      name: { key: "validation.tooLong", values: { max: 255 } },
      email: { key: "validation.email" },
      kind: { key: "validation.choice" },
    });
  });
  it("reports required fields and unknown keys", () => {
    const result = schema.safeParse({ name: "", email: "a@b.ca", kind: "a", role: "admin" });
    expect(fieldErrorsOf(result.error!)).toEqual({ name: { key: "validation.required" }, _form: { key: "validation.unknownField" } });
  });
});
