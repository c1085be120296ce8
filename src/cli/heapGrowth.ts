import v8 from "v8";

/**
 * How far the JavaScript heap may grow past what is alive before the next full collection, in
 * percent. V8's own choice is up to four times on a machine with much memory, made for servers: a
 * sheet of a million rows keeps about 800 MB alive and would then take 1,5–2 GB. At 20 % the same run
 * stays near 1 GB, for a few more collections (measured in `npm run bench`, section 8). A run of
 * ordinary files is too small for the difference to show.
 */
export const HEAP_GROWTH_PERCENT = 20;

/** Set once, before any file is read (the flag is read at each collection, so it takes effect). */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
