/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { backfillSortKeys } from "@/lib/records/sort-keys";

// Rows written before their module kept sort keys (an upgrade) get them once at start-up.
const getDb = setupTestDatabase();

it("fills the label, user and relation sort keys of existing rows, once", async () => {
  const db = getDb();
  const agent = await makeUser(db, { name: "Élodie Tulugak" });
  const partner = await db.partner.create({ data: { name: "Épicerie Test Pangnirtung", type: "organization", sortName: "epicerie", nameKey: "epicerie" } });
  const client = await db.client.create({ data: { lastName: "Avant", sortName: "avant", nameKey: "avant", fileStatus: "onHold", clientStatus: "jobSeeker", assignedUserId: agent.id, createdById: agent.id } });
  const contact = await db.contact.create({ data: { lastName: "Lié", sortName: "lie", nameKey: "lie", partnerId: partner.id } });

  await backfillSortKeys();
  expect(await db.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
    fileStatusFr: "en attente",
    fileStatusEn: "on hold",
    clientStatusFr: "chercheur d emploi",
    assignedSort: "elodie tulugak",
    createdBySort: "elodie tulugak",
  });
  expect(await db.partner.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ typeFr: "organisme" });
  expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ partnerSort: "epicerie test pangnirtung" });

  // Done once: a later start does not rewrite rows.
  await db.client.update({ where: { id: client.id }, data: { fileStatusFr: "x" } });
  await backfillSortKeys();
  expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).fileStatusFr).toBe("x");
});
