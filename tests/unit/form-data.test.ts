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
