import { Check, Minus } from 'lucide-react';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { can, isPlatformRole, permissions, roles } from '@/lib/auth/permissions';
import { roleLabel } from './user-badges';

/** The role column stays in view while the permissions scroll under it (opaque, with a divider). */
const STICKY = 'sticky left-0 z-10 shadow-[inset_-1px_0_0_var(--border)]';

/**
 * The permission matrix of lib/auth/permissions.ts, read-only: roles down, permissions across.
 * Wider than most screens: the table's own container is the one named, focusable region that
 * scrolls sideways (arrow keys once focused), and the role column stays put.
 */
export function RolesMatrix() {
  return (
    <Table
      data-testid="roles-matrix"
      aria-label="Permissions by role"
      containerClassName="rounded-lg border"
      containerProps={{ role: 'region', 'aria-label': 'Permission matrix' }}
    >
      <TableHeader className="bg-muted">
        <TableRow>
          <TableHead scope="col" className={`${STICKY} bg-muted`}>
            Role
          </TableHead>
          {permissions.map((p) => {
            const [area, action] = p.split('.');
            return (
              <TableHead key={p} scope="col" className="min-w-20 whitespace-normal py-1.5 text-center">
                {/* Breaks after the dot only, so the columns stay narrow and the name stays "area.action". */}
                <code className="text-xs">
                  {`${area}.`}
                  <wbr />
                  {action}
                </code>
              </TableHead>
            );
          })}
        </TableRow>
      </TableHeader>
      <TableBody>
        {roles.map((role) => (
          <TableRow key={role} data-testid={`role-row-${role}`}>
            <TableHead scope="row" className={`${STICKY} bg-background font-medium`}>
              {roleLabel(role)}
              <span className="block text-xs font-normal text-muted-foreground">{isPlatformRole(role) ? 'Platform staff (root brand)' : 'Any tenant'}</span>
            </TableHead>
            {permissions.map((p) => (
              <TableCell key={p} className="text-center" data-testid={`cell-${role}-${p}`}>
                {can(role, p) ? (
                  <>
                    <Check className="mx-auto size-4 text-success" aria-hidden />
                    <span className="sr-only">Granted</span>
                  </>
                ) : (
                  <>
                    <Minus className="mx-auto size-4 text-muted-foreground" aria-hidden />
                    <span className="sr-only">Not granted</span>
                  </>
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
