/**
 * functions.js: associates every EKV function with Excel as soon as the shared runtime has run
 * this script. The implementations are loaded on the first call (lazy.ts); the list of ids comes
 * from the build, from the same @customfunction JSDoc as functions.json (scripts/functions-plugin.js).
 */
import { lazyFunction } from "./lazy";

declare const EKV_FUNCTIONS: ReadonlyArray<{ id: string; family: string; name: string }>;

for (const f of EKV_FUNCTIONS) CustomFunctions.associate(f.id, lazyFunction(f.family, f.name));
