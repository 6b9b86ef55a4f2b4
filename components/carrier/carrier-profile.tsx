import { Building2, LifeBuoy, ShieldCheck, UserRound, UsersRound } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { roleLabel, UserStatusBadge } from '@/components/users/user-badges';
import type { CarrierProfileView } from '@/lib/users/services/get-carrier-profile';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

function SectionTitle({ icon: Icon, id, children }: { icon: typeof Building2; id: string; children: ReactNode }) {
  return (
    <CardTitle className="flex items-center gap-2 text-base">
      <Icon className="size-4 text-primary" aria-hidden />
      <h2 id={id}>{children}</h2>
    </CardTitle>
  );
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * The carrier portal's home until Class 4 lands: company, the signed-in account, the carrier's
 * users and whom to contact. Says plainly what is not there yet instead of showing demo data.
 */
export function CarrierProfile({ profile, securityHref }: { profile: CarrierProfileView; securityHref: string }) {
  const { company, account, users, contact } = profile;
  return (
    <div className="grid max-w-5xl gap-4 p-6 lg:grid-cols-2" data-testid="carrier-profile">
      <Card role="region" aria-labelledby="carrier-company-title">
        <CardHeader>
          <SectionTitle icon={Building2} id="carrier-company-title">
            Company
          </SectionTitle>
          <CardDescription>The carrier this account belongs to.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3">
            <Field label="Company name" testId="carrier-company">
              {company.name ?? <span className="text-muted-foreground">Not recorded yet: {contact.brandName} adds it to your account.</span>}
            </Field>
            <Field label="Interconnects, rates, traffic and statements">
              <span className="text-muted-foreground">Not available yet: they appear in this portal when the Class 4 modules open.</span>
            </Field>
          </dl>
        </CardContent>
      </Card>

      <Card role="region" aria-labelledby="carrier-account-title">
        <CardHeader>
          <SectionTitle icon={UserRound} id="carrier-account-title">
            Your account
          </SectionTitle>
          <CardDescription>The account you are signed in with.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 sm:grid-cols-2">
            <Field label="Name" testId="carrier-account-name">
              {account.name}
            </Field>
            <Field label="Email" testId="carrier-account-email">
              {account.email}
            </Field>
            <Field label="Role">{roleLabel(account.role)}</Field>
            <Field label="Member since">{dateFormat.format(new Date(account.createdAt))} (UTC)</Field>
            <Field label="Two-factor authentication" testId="carrier-account-2fa">
              <span className="inline-flex flex-wrap items-center gap-2">
                <Badge variant={account.twoFactorEnabled ? 'success' : 'warning'}>{account.twoFactorEnabled ? 'On' : 'Off'}</Badge>
                <a href={securityHref} className="text-primary underline underline-offset-4 hover:decoration-2" data-testid="carrier-security-link">
                  <ShieldCheck className="mr-1 inline size-4" aria-hidden />
                  Security settings
                </a>
              </span>
            </Field>
          </dl>
        </CardContent>
      </Card>

      <Card role="region" aria-labelledby="carrier-users-title" className="lg:col-span-2">
        <CardHeader>
          <SectionTitle icon={UsersRound} id="carrier-users-title">
            Users
          </SectionTitle>
          <CardDescription>
            {company.name ? `The accounts of ${company.name}.` : 'Your account.'} New users are added by {contact.brandName}: ask at the contact below.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Table data-testid="carrier-users">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Email</TableHead>
                <TableHead scope="col">Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.map((u) => (
                <TableRow key={u.id} data-testid={`carrier-user-${u.id}`}>
                  <TableCell>
                    {u.name}
                    {u.you ? <span className="ml-2 text-xs text-muted-foreground">(you)</span> : null}
                  </TableCell>
                  <TableCell>{u.email}</TableCell>
                  <TableCell>
                    <UserStatusBadge status={u.status} invitationPending={u.invitationPending} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>

      <Card role="region" aria-labelledby="carrier-contact-title" className="lg:col-span-2">
        <CardHeader>
          <SectionTitle icon={LifeBuoy} id="carrier-contact-title">
            Contact
          </SectionTitle>
          <CardDescription>Questions about your account, interconnects or invoices.</CardDescription>
        </CardHeader>
        <CardContent>
          <p className="text-sm" data-testid="carrier-contact">
            {contact.brandName} support:{' '}
            {contact.supportEmail ? (
              <a href={`mailto:${contact.supportEmail}`} className="font-medium text-primary underline underline-offset-4 hover:decoration-2" data-testid="carrier-support-email">
                {contact.supportEmail}
              </a>
            ) : (
              <span>your account manager at {contact.brandName}</span>
            )}
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
