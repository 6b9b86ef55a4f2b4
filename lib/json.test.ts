import { describe, expectTypeOf, it } from 'vitest';
import type { Json, JsonListItem, JsonResult } from './json';

// Type-level (checked by `npm run check`): what the browser receives of a server value.
describe('Json<T>', () => {
  it('turns dates into strings at any depth and keeps the rest', () => {
    type Row = { id: string; count: number; at: Date; maybe: Date | null; tags: string[]; nested: { when: Date[] }; raw: unknown };
    expectTypeOf<Json<Row>>().toEqualTypeOf<{ id: string; count: number; at: string; maybe: string | null; tags: string[]; nested: { when: string[] }; raw: unknown }>();
  });

  it('names a service result and a list item as JSON', () => {
    type Get = () => Promise<{ id: string; createdAt: Date }>;
    type List = () => Promise<{ items: Array<{ id: string; createdAt: Date }>; pageInfo: { nextCursor: string | null; prevCursor: string | null; limit: number } }>;
    expectTypeOf<JsonResult<Get>>().toEqualTypeOf<{ id: string; createdAt: string }>();
    expectTypeOf<JsonListItem<List>>().toEqualTypeOf<{ id: string; createdAt: string }>();
  });
});
