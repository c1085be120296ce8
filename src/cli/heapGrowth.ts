import v8 from "v8";

/**
 * How far the JavaScript heap may grow past what is alive before the next full collection, in
 * percent. V8's own choice is up to four times on a machine with much memory, made for servers: a
 * sheet of 1.048.566 rows keeps about 780 MB alive and took 2,1 GB. Measured on that sheet
 * (`/usr/bin/time bin/xeploai validate`, one run each, same machine): 20 % → 1.020 MB and 34 s,
 * 10 % → 1.007 MB and 40 s, 5 % → 967 MB and 35 s. A run of ordinary files is too small for the
 * extra collections to show (bench section 1 is unchanged within noise).
 */
export const HEAP_GROWTH_PERCENT = 5;

/** Set once, before any file is read (the flag is read at each collection, so it takes effect). */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
