import { fr } from "@/tests/helpers/messages";

// Staff already know these words from the user guide: the record screens must use them.
describe("records messages", () => {
  it("uses the guide's French words", () => {
    const r = fr.records;
    expect([r.save, r.saveAndContinue, r.cancel, r.edit, r.delete, r.actions, r.search]).toEqual([
      "Sauvegarder",
      "Sauvegarder et continuer",
      "Annuler",
      "Modifier",
      "Supprimer",
      "Actions",
      "Rechercher",
    ]);
    expect([r.myItems, r.overview, r.changeLog, r.favorites, r.assignedTo]).toEqual(["Mes éléments", "Vue globale", "Journal des modifications", "Favoris", "Assigné à"]);
    expect(r.searchPlaceholder).toBe("Saisissez une partie du nom");
  });
});
