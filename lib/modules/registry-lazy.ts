// The registry's models import the record layer, which asks the registry about other modules (scope, access,
// relation labels): those callers load it lazily to break the cycle. One promise for the process, because every
// `import()` is a loader round trip outside a bundle (the benchmark's and scripts' tsx), several per list page.
let loading: Promise<typeof import("@/lib/modules/registry")> | null = null;

export const loadRegistry = () => (loading ??= import("@/lib/modules/registry"));
