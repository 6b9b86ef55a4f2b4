/**
 * Types only: what a value becomes once it went through JSON (a route's NextResponse.json and the
 * browser's JSON.parse). Dates arrive as ISO strings; everything else keeps its shape. Domain
 * views.ts files use it to name the shapes the browser receives (see docs/DECISIONS.md, "Contracts").
 */
export type Json<T> = T extends Date
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer I)[]
      ? Json<I>[]
      : T extends object
        ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Json<T[K]> }
        : T;

type AsyncFn = (...args: never[]) => Promise<unknown>;

/** The JSON a route answers with when it returns the service's result as is. */
export type JsonResult<F extends AsyncFn> = Json<Awaited<ReturnType<F>>>;

/** One item of a list service's page (`{ items, pageInfo }`), as JSON. */
export type JsonListItem<F extends AsyncFn> = Awaited<ReturnType<F>> extends { items: readonly (infer I)[] } ? Json<I> : never;
