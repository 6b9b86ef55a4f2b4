'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { AuditEventsTable } from '@/components/audit/audit-events-table';
import { createDataTableColumnHelper, DataTable, RefreshButton, useListQuery } from '@/components/data-table';
import { PageHeader, TabPanel, useActiveTab, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { NativeSelect } from '@/components/users/native-select';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { Textarea } from '@/components/ui/textarea';
import { apiFetch, ApiError } from '@/lib/api-client';
import type { AuditRow } from '@/lib/audit/views';
import { countryName } from '@/lib/customers/countries';
import type { CustomerAccountUserView, CustomerAccountView } from '@/lib/customers/views';
import { customerKeys, customerUrls } from './api';
import { CustomerStatusBadge, formatMinor } from './customer-badges';
import { CustomerFormDialog } from './customer-form-dialog';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 border-b border-border py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const userCol = createDataTableColumnHelper<CustomerAccountUserView>();
const userColumns = userCol.columns([
  userCol.accessor('name', { header: 'Name' }),
  userCol.accessor('email', { header: 'Email' }),
  userCol.accessor('role', { header: 'Role', cell: ({ getValue }) => (getValue() === 'customer_admin' ? 'Customer admin' : 'Customer user') }),
  userCol.accessor('invitationPending', { header: 'State', cell: ({ row }) => (row.original.invitationPending ? 'Invited' : row.original.status === 'active' ? 'Active' : 'Disabled') }),
  userCol.accessor('createdAt', { header: 'Created', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
]);

type StatusAction = 'suspended' | 'closed' | 'active';
const statusCopy: Record<StatusAction, { title: string; description: string; confirm: string }> = {
  suspended: { title: 'Suspend this account?', description: 'Its users keep signing in but the account stops buying until it is reactivated.', confirm: 'Suspend account' },
  closed: { title: 'Close this account for good?', description: 'A closed account cannot be reopened or edited; its history stays. Create a new account if the customer returns.', confirm: 'Close account' },
  active: { title: 'Reactivate this account?', description: 'The account can buy again.', confirm: 'Reactivate' },
};

/** One customer account: overview (details, status actions), its users (invite), its audit trail. */
export function CustomerDetail({ id, canWrite, canInvite, showAudit, listHref, configurationHref }: { id: string; canWrite: boolean; canInvite: boolean; showAudit: boolean; listHref: string; configurationHref?: string }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: customerKeys.detail(id), queryFn: () => apiFetch<CustomerAccountView>(customerUrls.detail(id)) });
  const account = query.data;
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [statusAction, setStatusAction] = useState<{ to: StatusAction; open: boolean }>({ to: 'suspended', open: false });
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: customerKeys.all });

  const setStatus = useMutation({
    mutationFn: () => apiFetch<CustomerAccountView>(customerUrls.status(id), { method: 'POST', body: { status: statusAction.to, reason } }),
    onSuccess: async () => {
      await refresh();
      toast.success({ suspended: 'Account suspended', closed: 'Account closed', active: 'Account reactivated' }[statusAction.to]);
      setStatusAction((s) => ({ ...s, open: false }));
      setReason('');
    },
    onError: (e) => {
      const problem = e instanceof ApiError ? e.problems.find((p) => p.path === 'reason') : undefined;
      if (problem) setReasonError(problem.message);
      else toast.error(e.message);
    },
  });

  const writable = canWrite && account && account.status !== 'closed';
  const tabs: PageTab[] = [
    {
      key: 'overview',
      label: 'Overview',
      actions: writable
        ? [
            { key: 'edit', label: 'Edit details', onSelect: () => setEditing(true) },
            account!.status === 'active'
              ? { key: 'suspend', label: 'Suspend', onSelect: () => setStatusAction({ to: 'suspended', open: true }), destructive: true }
              : { key: 'reactivate', label: 'Reactivate', onSelect: () => setStatusAction({ to: 'active', open: true }) },
            { key: 'close', label: 'Close account', onSelect: () => setStatusAction({ to: 'closed', open: true }), destructive: true },
          ]
        : [],
    },
    { key: 'users', label: 'Users', actions: canInvite && account && account.status !== 'closed' ? [{ key: 'invite', label: 'Invite user', onSelect: () => setInviting(true) }] : [] },
    ...(showAudit ? [{ key: 'audit', label: 'Audit' }] : []),
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);

  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this customer account" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="customer-error" />
      </div>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Customers', href: listHref }, { label: account?.company ?? '…' }]}
        title={account ? account.company : <Skeleton className="h-7 w-48" />}
        description={
          account ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              Account <code className="text-xs">{account.accountNumber}</code> <CustomerStatusBadge status={account.status} />
            </span>
          ) : undefined
        }
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={
          <span className="flex items-center gap-2">
            {configurationHref ? (
              <Button asChild variant="outline" size="sm">
                <Link href={configurationHref} data-testid="customer-effective-configuration">
                  Effective configuration
                </Link>
              </Button>
            ) : null}
            <RefreshButton onRefresh={() => void refresh()} isFetching={query.isFetching} />
          </span>
        }
      />
      {activeTab === 'overview' && (
        <TabPanel tabKey="overview">
          {!account ? (
            <div className="space-y-3" aria-busy="true" aria-label="Loading customer account">
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} className="h-6 w-full max-w-xl" />
              ))}
            </div>
          ) : (
            <>
              <dl className="max-w-2xl" data-testid="customer-overview">
                <Field label="Company">{account.company}</Field>
                <Field label="Account number">
                  <code data-testid="customer-account-number">{account.accountNumber}</code>
                </Field>
                <Field label="Brand">{account.tenantName}</Field>
                <Field label="Billing contact">
                  {account.billingContactName} · {account.billingEmail}
                </Field>
                <Field label="Country">{account.country ? `${countryName(account.country)} (${account.country})` : 'Not given yet'}</Field>
                <Field label="Billing">
                  <span data-testid="customer-billing">
                    {account.billingModel === 'postpaid' ? `Postpaid, credit limit ${formatMinor(account.creditLimitMinor, account.billingCurrency)}` : 'Prepaid'} · {account.billingCurrency}
                  </span>
                </Field>
                <Field label="Category">{account.categoryName}</Field>
                <Field label="Group">{account.groupName ?? 'None'}</Field>
                <Field label="Status">
                  <span data-testid="customer-status">
                    <CustomerStatusBadge status={account.status} />
                  </span>
                  {account.statusReason && <span className="ml-2 text-muted-foreground">{account.statusReason}</span>}
                </Field>
                <Field label="Created">{formatUtc(account.createdAt)}</Field>
                <Field label="Last changed">{formatUtc(account.updatedAt)}</Field>
              </dl>
              {writable && (
                <div className="mt-4 flex flex-wrap gap-2">
                  <Button onClick={() => setEditing(true)} data-testid="customer-edit">
                    Edit details
                  </Button>
                  {account.status === 'active' ? (
                    <Button variant="outline" onClick={() => setStatusAction({ to: 'suspended', open: true })} data-testid="customer-suspend">
                      Suspend
                    </Button>
                  ) : (
                    <Button variant="outline" onClick={() => setStatusAction({ to: 'active', open: true })} data-testid="customer-reactivate">
                      Reactivate
                    </Button>
                  )}
                  <Button variant="destructive" onClick={() => setStatusAction({ to: 'closed', open: true })} data-testid="customer-close">
                    Close account
                  </Button>
                </div>
              )}
            </>
          )}
        </TabPanel>
      )}
      {activeTab === 'users' && (
        <TabPanel tabKey="users">
          <AccountUsers id={id} canInvite={canInvite && account?.status !== 'closed'} onInvite={() => setInviting(true)} />
        </TabPanel>
      )}
      {activeTab === 'audit' && showAudit && (
        <TabPanel tabKey="audit">
          <AccountAudit id={id} />
        </TabPanel>
      )}
      {account && writable && <CustomerFormDialog key={account.updatedAt} open={editing} onOpenChange={setEditing} account={account} />}
      {account && <InviteAccountUserDialog id={id} open={inviting} onOpenChange={setInviting} />}
      <Dialog open={statusAction.open} onOpenChange={(open) => !setStatus.isPending && setStatusAction((s) => ({ ...s, open }))}>
        <DialogContent className="sm:max-w-md">
          <DialogHeader>
            <DialogTitle>{statusCopy[statusAction.to].title}</DialogTitle>
            <DialogDescription>{statusCopy[statusAction.to].description}</DialogDescription>
          </DialogHeader>
          <form
            className="grid gap-2"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setReasonError(null);
              setStatus.mutate();
            }}
          >
            <Label htmlFor="status-reason">Reason</Label>
            <Textarea id="status-reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(reasonError)} aria-describedby={reasonError ? 'status-reason-error' : undefined} data-testid="customer-status-reason" />
            {reasonError && (
              <p id="status-reason-error" className="text-sm text-destructive">
                {reasonError}
              </p>
            )}
            <DialogFooter className="mt-2">
              <Button type="button" variant="outline" onClick={() => setStatusAction((s) => ({ ...s, open: false }))} disabled={setStatus.isPending}>
                Cancel
              </Button>
              <Button type="submit" variant={statusAction.to === 'active' ? 'default' : 'destructive'} disabled={setStatus.isPending} data-testid="customer-status-confirm">
                {setStatus.isPending ? 'Saving…' : statusCopy[statusAction.to].confirm}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}

function AccountUsers({ id, canInvite, onInvite }: { id: string; canInvite: boolean; onInvite: () => void }) {
  const list = useListQuery<CustomerAccountUserView>({ queryKey: customerKeys.users(id), endpoint: customerUrls.users(id), defaults: { sort: 'name' }, paramPrefix: 'u.' });
  return (
    <DataTable
      label="Users of this account"
      columns={userColumns}
      list={list}
      getRowId={(u) => u.id}
      sortable={['name', 'email', 'createdAt']}
      toolbar={{
        search: { placeholder: 'Search name or email…', label: 'Search users of this account' },
        actions: canInvite ? (
          <Button size="sm" onClick={onInvite} data-testid="customer-invite">
            Invite user
          </Button>
        ) : undefined,
      }}
      empty={{ title: 'No users yet', description: 'Invite the people of this company: a customer admin manages the others.' }}
      data-testid="customer-users-table"
    />
  );
}

function AccountAudit({ id }: { id: string }) {
  const list = useListQuery<AuditRow>({ queryKey: ['audit', 'customer-account', id], endpoint: customerUrls.audit(id), defaults: { sort: '-occurredAt', limit: 10 }, paramPrefix: 'a.' });
  return <AuditEventsTable label="Audit trail" list={list} empty={{ title: 'No changes recorded', description: 'Changes to this account appear here.' }} data-testid="customer-audit-table" />;
}

function InviteAccountUserDialog({ id, open, onOpenChange }: { id: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name: '', email: '', role: 'customer_user' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invite = useMutation({
    mutationFn: () => apiFetch<{ user: { email: string }; invitationSent: boolean }>(customerUrls.users(id), { method: 'POST', body: values }),
    onSuccess: async ({ user, invitationSent }) => {
      await queryClient.invalidateQueries({ queryKey: customerKeys.users(id) });
      if (invitationSent) toast.success(`Invitation sent to ${user.email}`);
      else toast.warning(`${user.email} was created, but the invitation email failed`);
      setValues({ name: '', email: '', role: 'customer_user' });
      onOpenChange(false);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problems.length) setErrors(Object.fromEntries(e.problems.map((p) => [p.path, p.message])));
      else toast.error(e.message);
    },
  });
  const field = (name: 'name' | 'email', label: string, type = 'text') => (
    <div className="grid gap-1.5">
      <Label htmlFor={`invite-${name}`}>{label}</Label>
      <Input id={`invite-${name}`} type={type} value={values[name]} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))} aria-invalid={Boolean(errors[name])} aria-describedby={errors[name] ? `invite-${name}-error` : undefined} data-testid={`customer-invite-${name}`} />
      {errors[name] && (
        <p id={`invite-${name}-error`} className="text-sm text-destructive">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <Dialog open={open} onOpenChange={(v) => !invite.isPending && onOpenChange(v)}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Invite a user to this account</DialogTitle>
          <DialogDescription>They get an email with a link to choose a password; the account’s details are already filled in for them.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setErrors({});
            invite.mutate();
          }}
        >
          {field('name', 'Name')}
          {field('email', 'Email', 'email')}
          <div className="grid gap-1.5">
            <Label htmlFor="invite-role">Role</Label>
            <NativeSelect id="invite-role" value={values.role} onChange={(e) => setValues((v) => ({ ...v, role: e.target.value }))} data-testid="customer-invite-role">
              <option value="customer_user">Customer user</option>
              <option value="customer_admin">Customer admin (manages the account’s users)</option>
            </NativeSelect>
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={invite.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={invite.isPending} data-testid="customer-invite-submit">
              {invite.isPending ? 'Sending…' : 'Send invitation'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
