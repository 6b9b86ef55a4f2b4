'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { RefreshButton } from '@/components/data-table';
import { ActionDock, PageHeader, TabPanel, useActiveTab, type PageAction, type PageTab } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import { ChangeOnboardingDialog, onboardingStateLabels } from './change-onboarding-dialog';
import { ChangeRoleDialog } from './change-role-dialog';
import { ImpersonateDialog } from './impersonate-dialog';
import type { UserAdminAbilities, UserDetailData } from '@/lib/users/views';
import { userKeys, userUrls } from './api';
import { RoleBadge, UserStatusBadge } from './user-badges';
import { UserActivity } from './user-activity';
import { UserSessions } from './user-sessions';

const CUSTOMER_ROLES = ['customer_admin', 'customer_user'];

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 border-b border-border py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

type ConfirmKind = 'disable' | 'enable' | 'sign-out';

export function UserDetail({ id, abilities }: { id: string; abilities: UserAdminAbilities }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: userKeys.detail(id), queryFn: () => apiFetch<UserDetailData>(userUrls.detail(id)) });
  const user = query.data;
  const [changingRole, setChangingRole] = useState(false);
  const [changingOnboarding, setChangingOnboarding] = useState(false);
  const [impersonating, setImpersonating] = useState(false);
  // The kind outlives `open` so that the dialog keeps its text while it animates out.
  const [confirm, setConfirmState] = useState<{ kind: ConfirmKind; open: boolean }>({ kind: 'disable', open: false });
  const setConfirm = (kind: ConfirmKind) => setConfirmState({ kind, open: true });

  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });
  const act = useMutation({
    mutationFn: (what: ConfirmKind | 'resend') =>
      apiFetch<unknown>(userUrls.action(id, what === 'resend' ? 'invitation' : what), { method: 'POST' }).then(() => what),
    onSuccess: async (what) => {
      await refresh();
      toast.success({ disable: 'User disabled: every session has ended', enable: 'User enabled', 'sign-out': 'Every session of this user has ended', resend: 'Invitation sent again' }[what]);
    },
    onError: (e) => toast.error(e.message),
  });

  const self = user?.id === abilities.selfId;
  const manage = Boolean(user) && abilities.canWrite && !self;
  // Super admins only (users.onboarding); nobody moves their own account through the gate.
  const changeOnboarding = Boolean(user) && abilities.canChangeOnboarding && !self;
  const impersonable = Boolean(user) && abilities.canImpersonate && user!.status === 'active' && CUSTOMER_ROLES.includes(user!.role);
  const signOutAction: PageAction = { key: 'force-sign-out', label: 'Force sign-out', onSelect: () => setConfirm('sign-out'), destructive: true };
  const profileActions: PageAction[] = user
    ? [
        ...(manage ? [{ key: 'change-role', label: 'Change role', onSelect: () => setChangingRole(true) }] : []),
        ...(manage
          ? [
              user.status === 'active'
                ? { key: 'disable', label: 'Disable user', onSelect: () => setConfirm('disable'), destructive: true }
                : { key: 'enable', label: 'Enable user', onSelect: () => setConfirm('enable') },
              signOutAction,
            ]
          : []),
        ...(changeOnboarding ? [{ key: 'change-onboarding', label: 'Change onboarding state', onSelect: () => setChangingOnboarding(true) }] : []),
        ...(manage && user.invitationPending ? [{ key: 'resend-invitation', label: 'Resend invitation', onSelect: () => act.mutate('resend') }] : []),
        ...(impersonable ? [{ key: 'impersonate', label: 'Impersonate', onSelect: () => setImpersonating(true) }] : []),
      ]
    : [];
  const tabs: PageTab[] = [
    { key: 'profile', label: 'Profile', actions: profileActions },
    { key: 'sessions', label: 'Sessions', actions: manage ? [signOutAction] : [] },
    { key: 'activity', label: 'Activity', actions: [{ key: 'open-audit', label: 'Open in Audit Logs', onSelect: () => router.push(`/audit?user=${id}`) }] },
  ];
  const [activeTab, setActiveTab] = useActiveTab(tabs);

  if (query.isError) {
    return (
      <div className="p-6">
        <ErrorState title="Could not load this user" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="user-error" />
      </div>
    );
  }

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Users', href: '/users' }, { label: user?.name ?? '…' }]}
        title={user ? user.name : <Skeleton className="h-7 w-48" />}
        description={
          user ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              {user.email} <RoleBadge role={user.role} /> <UserStatusBadge status={user.status} invitationPending={user.invitationPending} />
            </span>
          ) : undefined
        }
        tabs={tabs}
        activeTab={activeTab}
        onTabChange={setActiveTab}
        extra={<RefreshButton onRefresh={() => void refresh()} isFetching={query.isFetching} />}
      />
      {activeTab === 'profile' && (
        <TabPanel tabKey="profile">
          {!user ? (
            <div className="space-y-3" aria-busy="true" aria-label="Loading user">
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} className="h-6 w-full max-w-xl" />
              ))}
            </div>
          ) : (
            <dl className="max-w-2xl" data-testid="user-profile">
              <Field label="Name">{user.name}</Field>
              <Field label="Email">
                {user.email} {user.emailVerified ? '' : <span className="text-muted-foreground">(not verified)</span>}
              </Field>
              <Field label="Tenant">
                {user.tenant.name} {user.tenant.isRoot && <span className="text-muted-foreground">(root brand)</span>}
              </Field>
              <Field label="Role">
                <span data-testid="user-role-value">
                  <RoleBadge role={user.role} />
                </span>
              </Field>
              <Field label="Status">
                <span data-testid="user-status-value">
                  <UserStatusBadge status={user.status} invitationPending={user.invitationPending} />
                </span>
              </Field>
              <Field label="Password">{user.invitationPending ? 'Not set yet (invitation open)' : 'Set'}</Field>
              <Field label="Two-factor">{user.twoFactorEnabled ? 'On' : 'Off'}</Field>
              <Field label="Onboarding">
                <span data-testid="user-onboarding-value">{onboardingStateLabels[user.onboardingState as keyof typeof onboardingStateLabels] ?? user.onboardingState}</span>
              </Field>
              {user.companyName && <Field label="Company">{user.companyName}</Field>}
              <Field label="Created">{formatUtc(user.createdAt)}</Field>
              <Field label="Last changed">{formatUtc(user.updatedAt)}</Field>
            </dl>
          )}
        </TabPanel>
      )}
      {activeTab === 'sessions' && (
        <TabPanel tabKey="sessions">
          <UserSessions userId={id} canImpersonate={abilities.canImpersonate} />
        </TabPanel>
      )}
      {activeTab === 'activity' && (
        <TabPanel tabKey="activity">
          <UserActivity userId={id} />
        </TabPanel>
      )}
      <ActionDock>
        {activeTab === 'profile' && impersonable && (
          <Button variant="outline" onClick={() => setImpersonating(true)} data-testid="dock-impersonate">
            Impersonate
          </Button>
        )}
        {activeTab === 'profile' && manage && (
          <Button onClick={() => setChangingRole(true)} data-testid="dock-change-role">
            Change role
          </Button>
        )}
        {activeTab === 'sessions' && manage && (
          <Button variant="destructive" onClick={() => setConfirm('sign-out')} data-testid="dock-force-sign-out">
            Force sign-out
          </Button>
        )}
        {activeTab === 'activity' && (
          <Button variant="outline" onClick={() => router.push(`/audit?user=${id}`)} data-testid="dock-open-audit">
            Open in Audit Logs
          </Button>
        )}
      </ActionDock>
      {user && manage && <ChangeRoleDialog key={`${user.id}-${user.role}`} user={user} open={changingRole} onOpenChange={setChangingRole} isSuperAdmin={abilities.isSuperAdmin} />}
      {user && changeOnboarding && <ChangeOnboardingDialog key={`${user.id}-${user.onboardingState}`} user={user} open={changingOnboarding} onOpenChange={setChangingOnboarding} />}
      {user && impersonable && <ImpersonateDialog user={user} open={impersonating} onOpenChange={setImpersonating} />}
      {user && (
        <ConfirmDialog
          open={confirm.open}
          onOpenChange={(open) => setConfirmState((c) => ({ ...c, open }))}
          title={confirm.kind === 'disable' ? `Disable ${user.name}?` : confirm.kind === 'enable' ? `Enable ${user.name}?` : `Sign ${user.name} out everywhere?`}
          description={
            confirm.kind === 'disable'
              ? 'They are signed out of every device at once and cannot sign in until enabled again. Any impersonation of them ends.'
              : confirm.kind === 'enable'
                ? 'They can sign in again with their password.'
                : 'Every session of this user ends at once; they can sign in again.'
          }
          confirmLabel={confirm.kind === 'disable' ? 'Disable user' : confirm.kind === 'enable' ? 'Enable user' : 'Sign out everywhere'}
          variant={confirm.kind === 'enable' ? 'default' : 'destructive'}
          data-testid="confirm-user-action"
          onConfirm={() => act.mutateAsync(confirm.kind)}
        />
      )}
    </>
  );
}
