import "server-only";
import { clientsModule } from "@/lib/modules/clients/module";
import { clientQueries } from "@/lib/modules/clients/queries";
import { findClientDuplicates, removeClient, saveClient, saveClientField } from "@/lib/modules/clients/actions";
import { partnersModule } from "@/lib/modules/partners/module";
import { partnerQueries } from "@/lib/modules/partners/queries";
import { findPartnerDuplicates, removePartner, savePartner, savePartnerField, searchPartners } from "@/lib/modules/partners/actions";
import { contactsModule } from "@/lib/modules/contacts/module";
import { contactQueries } from "@/lib/modules/contacts/queries";
import { findContactDuplicates, removeContact, saveContact, saveContactField } from "@/lib/modules/contacts/actions";
import type { ModuleDef } from "@/lib/records/types";
import type { RecordActions } from "@/lib/records/ui-types";
import type { RelationSearchMap } from "@/components/records/record-form";

type Queries = typeof clientQueries;

/** What the generic pages need for each record module: its definition, its queries and its server actions. */
export type ModuleScreens = { def: ModuleDef; queries: Queries; actions: RecordActions; relationSearch: RelationSearchMap };

export const SCREENS: Record<string, ModuleScreens> = {
  clients: {
    def: clientsModule,
    queries: clientQueries,
    actions: { save: saveClient, saveField: saveClientField, remove: removeClient, findDuplicates: findClientDuplicates },
    relationSearch: {},
  },
  partners: {
    def: partnersModule,
    queries: partnerQueries,
    actions: { save: savePartner, saveField: savePartnerField, remove: removePartner, findDuplicates: findPartnerDuplicates },
    relationSearch: {},
  },
  contacts: {
    def: contactsModule,
    queries: contactQueries,
    actions: { save: saveContact, saveField: saveContactField, remove: removeContact, findDuplicates: findContactDuplicates },
    relationSearch: { partnerId: searchPartners },
  },
};
