import { Check, Minus } from 'lucide-react';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { can, isPlatformRole, permissions, roles } from '@/lib/auth/permissions';
import { roleLabel } from './user-badges';

/** The permission matrix of lib/auth/permissions.ts, read-only: roles down, permissions across. */
export function RolesMatrix() {
  return (
    <div role="region" aria-label="Permission matrix" tabIndex={0} className="overflow-x-auto rounded-lg border outline-none focus-visible:ring-2 focus-visible:ring-ring">
      <Table data-testid="roles-matrix" aria-label="Permissions by role">
        <TableHeader className="bg-muted">
          <TableRow>
            <TableHead scope="col" className="sticky left-0 bg-muted">
              Role
            </TableHead>
            {permissions.map((p) => (
              <TableHead key={p} scope="col" className="text-center">
                <code className="text-xs">{p}</code>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {roles.map((role) => (
            <TableRow key={role} data-testid={`role-row-${role}`}>
              <TableHead scope="row" className="sticky left-0 bg-background font-medium">
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
    </div>
  );
}
