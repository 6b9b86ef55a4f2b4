'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { assignmentUrls } from '@/components/assignments/api';
import { customerKeys, customerUrls } from '@/components/customers/api';
import { formatUtc } from '@/components/tenancy/status-badges';
import { NativeSelect } from '@/components/users/native-select';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch, ApiError } from '@/lib/api-client';
import { catalogAssignableTypeNames, type CatalogKindKey } from '@/lib/catalog/schemas';
import type { CustomerAccountView, CustomerCategoryView, CustomerGroupView } from '@/lib/customers/views';
import { catalogKeys, catalogUrls } from './api';

type Level = 'all' | 'category' | 'group' | 'customer';
type AssignmentRow = { id: string; level: Level; targetId: string | null; targetName: string; value: { enabled?: boolean } | null; updatedAt: string };
const levelNames: Record<Level, string> = { all: 'All customers', category: 'Category', group: 'Group', customer: 'Customer' };

const problemText = (e: Error) => (e instanceof ApiError && e.problems.length ? e.problems.map((p) => `${p.path}: ${p.message}`).join('; ') : e.message);

/**
 * Where the item is assigned, from the assignment engine, broadest level first. With write access,
 * *Add assignment* offers or withholds it for ALL customers, a category, a group or one customer
 * (PUT /api/v1/assignments), and *Remove* (after a confirmation) lets the customers fall back to
 * the next level (DELETE /api/v1/assignments).
 */
export function CatalogAssignmentsTab({ kind, id, singular, canWrite }: { kind: CatalogKindKey; id: string; singular: string; canWrite: boolean }) {
  const queryKey = [...catalogKeys.detail(kind, id), 'assignments'];
  const query = useQuery({ queryKey, queryFn: () => apiFetch<{ items: AssignmentRow[] }>(catalogUrls.assignments(kind, id)) });
  const [adding, setAdding] = useState(false);
  if (query.isError) return <ErrorState title="Could not load the assignments" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="catalog-assignments-error" />;
  if (!query.data) return <Skeleton className="h-24 w-full max-w-2xl" aria-label="Loading assignments" />;
  const itemType = catalogAssignableTypeNames[kind];
  return (
    <div className="grid max-w-3xl gap-4">
      {canWrite && (
        <div>
          <Button size="sm" onClick={() => setAdding(true)} disabled={adding} data-testid="catalog-assignment-add">
            Add assignment
          </Button>
        </div>
      )}
      {adding && <AddAssignmentForm itemType={itemType} itemKey={id} queryKey={queryKey} onDone={() => setAdding(false)} />}
      {query.data.items.length === 0 ? (
        <EmptyState title="Not assigned" description={`No customer is offered this ${singular} yet: it is assigned nowhere (not even to all customers).`} data-testid="catalog-assignments" />
      ) : (
        <table className="w-full text-sm" data-testid="catalog-assignments">
          <caption className="sr-only">Assignments of this {singular}, broadest level first</caption>
          <thead>
            <tr className="border-b border-border text-left text-muted-foreground">
              <th scope="col" className="py-2 font-medium">Level</th>
              <th scope="col" className="py-2 font-medium">Target</th>
              <th scope="col" className="py-2 font-medium">Value</th>
              <th scope="col" className="py-2 font-medium">Changed</th>
              {canWrite && (
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {query.data.items.map((a) => (
              <tr key={a.id} className="border-b border-border last:border-0" data-testid={`catalog-assignment-${a.level}-${a.targetId ?? 'all'}`}>
                <td className="py-2">{levelNames[a.level]}</td>
                <td className="py-2">{a.targetName}</td>
                <td className="py-2">{a.value?.enabled === false ? 'Withheld' : 'Offered'}</td>
                <td className="py-2">{formatUtc(a.updatedAt)}</td>
                {canWrite && (
                  <td className="py-2 text-right">
                    <RemoveAssignment row={a} itemType={itemType} itemKey={id} queryKey={queryKey} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function RemoveAssignment({ row, itemType, itemKey, queryKey }: { row: AssignmentRow; itemType: string; itemKey: string; queryKey: readonly unknown[] }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => apiFetch<unknown>(assignmentUrls.unassign({ itemType, itemKey, level: row.level, targetId: row.targetId }), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey });
      toast.success(`Assignment to ${row.targetName} removed`);
    },
    onError: (e) => toast.error(`The assignment was not removed: ${problemText(e)}`),
  });
  const name = row.level === 'all' ? 'all customers' : `${levelNames[row.level].toLowerCase()} ${row.targetName}`;
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="outline" aria-label={`Remove the assignment to ${name}`} data-testid={`catalog-assignment-remove-${row.level}-${row.targetId ?? 'all'}`}>
          Remove
        </Button>
      }
      title={`Remove the assignment to ${name}?`}
      description="Customers it reaches fall back to the next level that assigns this item; where none does, it is no longer offered to them."
      confirmLabel="Remove assignment"
      data-testid={`catalog-assignment-remove-${row.level}-${row.targetId ?? 'all'}-confirm`}
      onConfirm={() => remove.mutateAsync().catch(() => undefined)}
    />
  );
}

/** The target choosers per level: categories (all), groups (searchable list), customer accounts (search). */
function AddAssignmentForm({ itemType, itemKey, queryKey, onDone }: { itemType: string; itemKey: string; queryKey: readonly unknown[]; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<Level>('all');
  const [targetId, setTargetId] = useState('');
  const [enabled, setEnabled] = useState('true');
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  const categories = useQuery({ queryKey: customerKeys.categories, queryFn: () => apiFetch<{ items: CustomerCategoryView[] }>(customerUrls.categories), enabled: level === 'category' });
  const search = q.trim();
  const groups = useQuery({
    queryKey: [...customerKeys.groups, 'pick', search],
    queryFn: () => apiFetch<{ items: CustomerGroupView[] }>(`${customerUrls.groups}?limit=50&sort=name${search ? `&q=${encodeURIComponent(search)}` : ''}`),
    enabled: level === 'group',
  });
  const accounts = useQuery({
    queryKey: [...customerKeys.all, 'pick', search],
    queryFn: () => apiFetch<{ items: CustomerAccountView[] }>(`${customerUrls.list}?limit=20${search ? `&q=${encodeURIComponent(search)}` : ''}`),
    enabled: level === 'customer',
  });
  const options: Array<{ id: string; label: string }> =
    level === 'category'
      ? (categories.data?.items ?? []).map((c) => ({ id: c.id, label: c.name }))
      : level === 'group'
        ? (groups.data?.items ?? []).map((g) => ({ id: g.id, label: `${g.name} (${g.categoryName})` }))
        : level === 'customer'
          ? (accounts.data?.items ?? []).map((a) => ({ id: a.id, label: `${a.company} · ${a.accountNumber}` }))
          : [];
  const save = useMutation({
    mutationFn: () => apiFetch<unknown>(assignmentUrls.assignments, { method: 'PUT', body: { itemType, itemKey, level, ...(level === 'all' ? {} : { targetId }), value: { enabled: enabled === 'true' } } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey });
      toast.success('Assignment saved');
      onDone();
    },
    onError: (e) => setError(problemText(e)),
  });
  return (
    <form
      className="grid gap-4 rounded-lg border border-border p-4"
      noValidate
      aria-label="Add an assignment"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        if (level !== 'all' && !targetId) return setError(`Choose the ${levelNames[level].toLowerCase()} to assign to.`);
        save.mutate();
      }}
      data-testid="catalog-assignment-form"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid gap-1.5">
          <Label htmlFor="assign-level">Level</Label>
          <NativeSelect
            id="assign-level"
            value={level}
            onChange={(e) => {
              setLevel(e.target.value as Level);
              setTargetId('');
              setQ('');
            }}
            data-testid="catalog-assignment-level"
          >
            {(Object.keys(levelNames) as Level[]).map((l) => (
              <option key={l} value={l}>
                {levelNames[l]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="assign-value">Value</Label>
          <NativeSelect id="assign-value" value={enabled} onChange={(e) => setEnabled(e.target.value)} data-testid="catalog-assignment-value">
            <option value="true">Offered</option>
            <option value="false">Withheld</option>
          </NativeSelect>
        </div>
      </div>
      {(level === 'group' || level === 'customer') && (
        <div className="grid gap-1.5">
          <Label htmlFor="assign-search">{level === 'group' ? 'Search groups' : 'Search customer accounts'}</Label>
          <Input id="assign-search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={level === 'group' ? 'Group name…' : 'Company, email or account number…'} data-testid="catalog-assignment-search" />
        </div>
      )}
      {level !== 'all' && (
        <div className="grid gap-1.5">
          <Label htmlFor="assign-target">{levelNames[level]}</Label>
          <NativeSelect id="assign-target" value={targetId} onChange={(e) => setTargetId(e.target.value)} aria-invalid={Boolean(error && !targetId)} data-testid="catalog-assignment-target">
            <option value="">{options.length ? `Choose a ${levelNames[level].toLowerCase()}` : 'Nothing matches'}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </NativeSelect>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-destructive" data-testid="catalog-assignment-error">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={save.isPending} data-testid="catalog-assignment-submit">
          {save.isPending ? 'Saving…' : 'Save assignment'}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={onDone} disabled={save.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
