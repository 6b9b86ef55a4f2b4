'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { ApiError, apiFetch } from '@/lib/api-client';
import { assignableRoles } from './assignable-roles';
import { NativeSelect } from './native-select';
import type { UserDetailData } from '@/lib/users/views';
import { userKeys, userUrls } from './api';
import { roleLabel } from './user-badges';

export function ChangeRoleDialog({ user, open, onOpenChange, isSuperAdmin }: { user: UserDetailData; open: boolean; onOpenChange: (open: boolean) => void; isSuperAdmin: boolean }) {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<string>(user.role);
  const [error, setError] = useState<string | null>(null);
  const options = assignableRoles(user.tenant, isSuperAdmin);
  const save = useMutation({
    mutationFn: () => apiFetch<{ role: string }>(userUrls.role(user.id), { method: 'POST', body: { role } }),
    onSuccess: async (u) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      toast.success(`Role changed to ${roleLabel(u.role)}`);
      onOpenChange(false);
    },
    onError: (e) => setError(e instanceof ApiError ? (e.problems[0]?.message ?? e.message) : 'Could not change the role'),
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(v) => {
        if (save.isPending) return;
        setError(null);
        setRole(user.role);
        onOpenChange(v);
      }}
    >
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Change role</DialogTitle>
          <DialogDescription>
            {user.name} ({user.email}) gets the new role’s permissions on their next request.
          </DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            save.mutate();
          }}
        >
          <Label htmlFor="role-select">Role</Label>
          <NativeSelect id="role-select" value={role} onChange={(e) => setRole(e.target.value)} aria-invalid={Boolean(error)} aria-describedby={error ? 'role-error' : undefined} data-testid="role-select">
            {options.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </NativeSelect>
          {error && (
            <p id="role-error" role="alert" className="text-sm text-destructive" data-testid="role-error">
              {error}
            </p>
          )}
          <DialogFooter className="mt-2">
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={save.isPending} data-testid="role-cancel">
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending || role === user.role} data-testid="role-submit">
              {save.isPending ? 'Saving…' : 'Change role'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
