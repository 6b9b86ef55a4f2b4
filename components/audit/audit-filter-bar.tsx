'use client';

import { useState } from 'react';
import type { ListController } from '@/components/data-table';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

type Field = { key: 'entity' | 'action' | 'actor' | 'from' | 'to'; label: string; type?: 'date'; placeholder?: string };
const FIELDS: Field[] = [
  { key: 'entity', label: 'Entity', placeholder: 'user' },
  { key: 'action', label: 'Action', placeholder: 'role.changed' },
  { key: 'actor', label: 'Actor id', placeholder: 'user id' },
  { key: 'from', label: 'From (UTC)', type: 'date' },
  { key: 'to', label: 'To (UTC)', type: 'date' },
];

/**
 * The free-form filters of the audit log (exact entity and action names, an actor id, a UTC date
 * range), applied together with Apply or Enter; they live in the URL like every list filter.
 */
export function AuditFilterBar({ list }: { list: ListController<unknown> }) {
  const current = (key: Field['key']) => list.state.filters[key] ?? '';
  const [draft, setDraft] = useState<Record<string, string>>({});
  const value = (key: Field['key']) => draft[key] ?? current(key);
  const apply = () => {
    for (const f of FIELDS) {
      const v = value(f.key).trim();
      if (v !== current(f.key)) list.setFilter(f.key, v || null);
    }
    setDraft({});
  };
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      data-testid="audit-filters"
    >
      {FIELDS.map((f) => (
        <div key={f.key} className="grid gap-1">
          <Label htmlFor={`audit-filter-${f.key}`} className="text-xs text-muted-foreground">
            {f.label}
          </Label>
          <Input
            id={`audit-filter-${f.key}`}
            type={f.type ?? 'text'}
            value={value(f.key)}
            placeholder={f.placeholder}
            onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
            className="h-8 w-40"
            data-testid={`audit-filter-${f.key}`}
          />
        </div>
      ))}
      <Button type="submit" size="sm" variant="outline" data-testid="audit-filter-apply">
        Apply
      </Button>
      {list.state.filters.user ? (
        // Set by a user's "Open in Audit Logs": everything done by, as, or to that user.
        <Button type="button" size="sm" variant="secondary" onClick={() => list.setFilter('user', null)} data-testid="audit-filter-user-clear">
          About user {list.state.filters.user.slice(0, 8)}… <span aria-hidden>×</span>
          <span className="sr-only">(remove this filter)</span>
        </Button>
      ) : null}
    </form>
  );
}
