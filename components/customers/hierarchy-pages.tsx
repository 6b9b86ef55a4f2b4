'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { createDataTableColumnHelper, DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { NativeSelect } from '@/components/users/native-select';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { Textarea } from '@/components/ui/textarea';
import { apiFetch, ApiError } from '@/lib/api-client';
import type { CustomerCategoryView, CustomerGroupView } from '@/lib/customers/views';
import { customerKeys, customerUrls } from './api';

type Edit = { kind: 'category'; row?: CustomerCategoryView } | { kind: 'group'; row?: CustomerGroupView };

/** The public categories (SIP Trunk, Enterprise, ...) with their website descriptions; platform staff edit them. */
export function CategoriesPage({ canWrite }: { canWrite: boolean }) {
  const query = useQuery({ queryKey: customerKeys.categories, queryFn: () => apiFetch<{ items: CustomerCategoryView[] }>(customerUrls.categories) });
  const [edit, setEdit] = useState<Edit | null>(null);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Customers', href: '/customers' }, { label: 'Categories' }]}
        title="Customer categories"
        description="The public categories a customer chooses at sign-up, with the description the website shows. Every account has exactly one."
        actions={canWrite ? [{ key: 'new-category', label: 'New category', onSelect: () => setEdit({ kind: 'category' }) }] : []}
      />
      <div className="grid gap-4 p-6" data-testid="categories-list">
        {query.isError ? (
          <ErrorState title="Could not load the categories" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : !query.data ? (
          <div aria-busy="true" aria-label="Loading categories" className="grid gap-3">
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} className="h-20 w-full max-w-3xl" />
            ))}
          </div>
        ) : (
          <ul className="grid max-w-3xl gap-3">
            {query.data.items.map((c) => (
              <li key={c.id} className="rounded-lg border border-border p-4" data-testid={`category-${c.slug}`}>
                <div className="flex items-start justify-between gap-4">
                  <div>
                    <h2 className="font-medium">
                      {c.name} <code className="ml-1 text-xs text-muted-foreground">{c.slug}</code>
                    </h2>
                    <p className="mt-1 text-sm text-muted-foreground">{c.publicDescription || 'No public description yet.'}</p>
                  </div>
                  {canWrite && (
                    <div className="flex shrink-0 gap-2">
                      <Button size="sm" variant="outline" onClick={() => setEdit({ kind: 'category', row: c })} aria-label={`Edit ${c.name}`} data-testid={`edit-category-${c.slug}`}>
                        Edit
                      </Button>
                      <DeleteHierarchyButton kind="category" id={c.id} name={c.name} testId={`delete-category-${c.slug}`} />
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {edit && <HierarchyDialog edit={edit} onClose={() => setEdit(null)} categories={query.data?.items ?? []} />}
    </>
  );
}

/**
 * Deletes a category or a group after a confirmation. The server refuses a category that still holds
 * accounts or groups (and a group that still holds accounts), naming how many: shown as the error.
 */
function DeleteHierarchyButton({ kind, id, name, testId }: { kind: 'category' | 'group'; id: string; name: string; testId: string }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => apiFetch<unknown>(kind === 'category' ? customerUrls.category(id) : customerUrls.group(id), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: kind === 'category' ? customerKeys.categories : customerKeys.groups });
      toast.success(`${name} deleted`);
    },
    onError: (e) => toast.error(`${name} was not deleted: ${e.message}`),
  });
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="outline" aria-label={`Delete ${name}`} data-testid={testId}>
          Delete
        </Button>
      }
      title={`Delete the ${kind} ${name}?`}
      description={
        kind === 'category'
          ? 'Only an empty category can go: move its accounts and delete its groups first. The website stops listing it.'
          : 'Only a group without accounts can go: move them to another group first.'
      }
      confirmLabel={`Delete ${kind}`}
      data-testid={`${testId}-confirm`}
      onConfirm={() => remove.mutateAsync().catch(() => undefined)}
    />
  );
}

const groupCol = createDataTableColumnHelper<CustomerGroupView>();
const groupColumns = (canWrite: boolean, onEdit: (row: CustomerGroupView) => void) =>
  groupCol.columns([
    groupCol.accessor('name', { header: 'Group', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
    groupCol.accessor('categoryName', { header: 'Category' }),
    groupCol.accessor('description', { header: 'Description', cell: ({ getValue }) => getValue() || '—' }),
    groupCol.accessor('createdAt', { header: 'Created', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
    ...(canWrite
      ? [
          groupCol.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            meta: { interactive: true, align: 'right' },
            cell: ({ row }) => (
              <div className="flex justify-end gap-2">
                <Button size="sm" variant="outline" onClick={() => onEdit(row.original)} aria-label={`Edit ${row.original.name}`} data-testid={`edit-group-${row.original.id}`}>
                  Edit
                </Button>
                <DeleteHierarchyButton kind="group" id={row.original.id} name={row.original.name} testId={`delete-group-${row.original.id}`} />
              </div>
            ),
          }),
        ]
      : []),
  ]);

/** Admin segments inside the categories: the assignment engine's middle level. */
export function GroupsPage({ canWrite }: { canWrite: boolean }) {
  const list = useListQuery<CustomerGroupView>({ queryKey: customerKeys.groups, endpoint: customerUrls.groups, defaults: { sort: 'name' } });
  const categories = useQuery({ queryKey: customerKeys.categories, queryFn: () => apiFetch<{ items: CustomerCategoryView[] }>(customerUrls.categories) });
  const [edit, setEdit] = useState<Edit | null>(null);
  const columns = useMemo(() => groupColumns(canWrite, (row) => setEdit({ kind: 'group', row })), [canWrite]);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Customers', href: '/customers' }, { label: 'Groups' }]}
        title="Customer groups"
        description="Segments inside a category (key accounts, wholesale carriers...). An account belongs to at most one group of its category."
        actions={canWrite ? [{ key: 'new-group', label: 'New group', onSelect: () => setEdit({ kind: 'group' }) }] : []}
      />
      <div className="p-6">
        <DataTable
          label="Customer groups"
          columns={columns}
          list={list}
          getRowId={(g) => g.id}
          sortable={['name', 'createdAt']}
          toolbar={{
            search: { placeholder: 'Search groups…', label: 'Search customer groups' },
            actions: canWrite ? (
              <Button size="sm" onClick={() => setEdit({ kind: 'group' })} data-testid="new-group">
                New group
              </Button>
            ) : undefined,
          }}
          empty={{ title: 'No groups yet', description: 'Create a group to segment the accounts of a category.' }}
        />
      </div>
      {edit && <HierarchyDialog edit={edit} onClose={() => setEdit(null)} categories={categories.data?.items ?? []} />}
    </>
  );
}

/** Create or edit a category or a group; the server's field problems are shown under each field. */
function HierarchyDialog({ edit, onClose, categories }: { edit: Edit; onClose: () => void; categories: CustomerCategoryView[] }) {
  const queryClient = useQueryClient();
  const isCategory = edit.kind === 'category';
  const row = edit.row;
  const [values, setValues] = useState<Record<string, string>>(
    isCategory
      ? { slug: (row as CustomerCategoryView | undefined)?.slug ?? '', name: row?.name ?? '', publicDescription: (row as CustomerCategoryView | undefined)?.publicDescription ?? '' }
      : { categoryId: (row as CustomerGroupView | undefined)?.categoryId ?? categories[0]?.id ?? '', name: row?.name ?? '', description: (row as CustomerGroupView | undefined)?.description ?? '' },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => {
      const url = isCategory ? (row ? customerUrls.category(row.id) : customerUrls.categories) : row ? customerUrls.group(row.id) : customerUrls.groups;
      // The category select shows the first category before the list had loaded when the dialog opened: send what it shows.
      const body = row ? Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'slug' && k !== 'categoryId')) : isCategory ? values : { ...values, categoryId: values.categoryId || categories[0]?.id || '' };
      return apiFetch<unknown>(url, { method: row ? 'PATCH' : 'POST', body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: isCategory ? customerKeys.categories : customerKeys.groups });
      toast.success(row ? 'Saved' : isCategory ? 'Category created' : 'Group created');
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problems.length) setErrors(Object.fromEntries(e.problems.map((p) => [p.path, p.message])));
      else toast.error(e.message);
    },
  });
  const text = (name: string, label: string, multiline = false) => {
    const Comp = multiline ? Textarea : Input;
    return (
      <div className="grid gap-1.5">
        <Label htmlFor={`h-${name}`}>{label}</Label>
        <Comp id={`h-${name}`} value={values[name] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))} aria-invalid={Boolean(errors[name])} aria-describedby={errors[name] ? `h-${name}-error` : undefined} data-testid={`hierarchy-${name}`} />
        {errors[name] && (
          <p id={`h-${name}-error`} className="text-sm text-destructive">
            {errors[name]}
          </p>
        )}
      </div>
    );
  };
  return (
    <Dialog open onOpenChange={(open) => !open && !save.isPending && onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{row ? `Edit ${row.name}` : isCategory ? 'New category' : 'New group'}</DialogTitle>
          <DialogDescription>{isCategory ? 'The slug is permanent: sign-up and the assignment engine name the category by it.' : 'A group stays in the category it is created in.'}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setErrors({});
            save.mutate();
          }}
          data-testid="hierarchy-form"
        >
          {isCategory && !row && text('slug', 'Slug')}
          {!isCategory && !row && (
            <div className="grid gap-1.5">
              <Label htmlFor="h-categoryId">Category</Label>
              <NativeSelect id="h-categoryId" value={values.categoryId} onChange={(e) => setValues((v) => ({ ...v, categoryId: e.target.value }))} data-testid="hierarchy-categoryId">
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
              {errors.categoryId && (
                <p id="h-categoryId-error" className="text-sm text-destructive">
                  {errors.categoryId}
                </p>
              )}
            </div>
          )}
          {text('name', 'Name')}
          {isCategory ? text('publicDescription', 'Public description (shown on the website)', true) : text('description', 'Description', true)}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending} data-testid="hierarchy-submit">
              {save.isPending ? 'Saving…' : 'Save'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

