import { filterParams, parseFilters, type Criterion } from "@/lib/records/filters";
import { searchParamsOf } from "@/lib/list-tools/query";
import { listParamsFor, listQueryString } from "@/lib/records/list-params";
import { defineModule } from "@/lib/records/types";

const def = defineModule({
  key: "things",
  icon: "box",
  titleFields: ["name"],
  fields: [
    { name: "name", kind: "text", required: true, sortable: true },
    { name: "status", kind: "enum", options: ["a", "b", "c"] },
    { name: "tags", kind: "multienum", picklist: "tags" },
    { name: "due", kind: "date" },
    { name: "at", kind: "datetime" },
    { name: "minutes", kind: "duration" },
    { name: "done", kind: "boolean" },
    { name: "ownerId", kind: "user" },
    { name: "partnerId", kind: "relation", relation: { module: "partners" } },
    { name: "parent", kind: "parent", parent: { modules: ["clients", "partners"] } },
    { name: "note", kind: "textarea" },
  ],
  listColumns: ["name"],
  defaultSort: { field: "name", dir: "asc" },
  sections: [{ key: "main", fields: ["name"] }],
  subpanels: [],
  exportColumns: ["name"],
  duplicateCheck: false,
  assignable: false,
});

const every: Criterion[] = [
  { field: "name", op: "starts", value: "Côté & fils" },
  { field: "status", op: "in", values: ["a", "c"] },
  { field: "tags", op: "in", values: ["fr"] },
  { field: "due", op: "range", from: "2025-01-01", to: null },
  { field: "at", op: "range", from: null, to: "2025-08-30" },
  { field: "minutes", op: "range", from: "30", to: "90" },
  { field: "done", op: "is", value: "0" },
  { field: "ownerId", op: "is", value: "me" },
  { field: "partnerId", op: "is", value: "cabc123" },
  { field: "parent", op: "is", value: "clients:cxyz" },
  { field: "note", op: "notEmpty" },
  { field: "createdById", op: "is", value: "cuser1" },
];

describe("filter criteria in the address", () => {
  it("round-trip through the query string for every kind", () => {
    const qs = new URLSearchParams(filterParams(every)).toString();
    expect(parseFilters(searchParamsOf(qs), def)).toEqual({ criteria: every, refused: [] });
  });

  it("travel with the rest of the list state and come back unchanged", () => {
    const qs = listQueryString({ q: "ma", sort: "name", dir: "desc", mine: false, size: 20, criteria: every }, def.defaultSort);
    const { params, refused } = listParamsFor(def, searchParamsOf(qs));
    expect(refused).toEqual([]);
    expect(params).toMatchObject({ q: "ma", dir: "desc", size: 20, criteria: every });
  });

  it("refuse a « Lié à » module the field does not allow and empty ranges; ignore unused rows", () => {
    const { criteria, refused } = parseFilters({ "f.parent": "is", "f.parent.v": "users:c1", "f.due": "range", "f.status": "", "f.name": "empty" }, def);
    expect(criteria).toEqual([]);
    expect(refused.sort()).toEqual(["f.due", "f.name", "f.parent"]);
  });
});
