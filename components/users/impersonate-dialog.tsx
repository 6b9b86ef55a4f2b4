'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { apiFetch } from '@/lib/api-client';
import type { ImpersonationStartView, UserDetailData } from '@/lib/users/views';
import { userKeys, userUrls } from './api';


/**
 * Starts acting as a customer user. The portal opens in a new tab through a one-time link; the tab
 * is opened during the click (so that pop-up blockers allow it) and pointed at the link once the
 * server has issued it. If the browser refused the tab, the link is shown to open by hand.
 */
export function ImpersonateDialog({ user, open, onOpenChange }: { user: UserDetailData; open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => apiFetch<ImpersonationStartView>(userUrls.impersonation(user.id), { method: 'POST', body: { reason: reason.trim() || undefined } }),
  });

  const begin = () => {
    const tab = window.open('about:blank', '_blank');
    // The portal must not reach back into the admin console through window.opener.
    if (tab) tab.opener = null;
    start.mutate(undefined, {
      onSuccess: async (started) => {
        await queryClient.invalidateQueries({ queryKey: userKeys.detail(user.id) });
        if (tab) {
          tab.location.href = started.url;
          toast.success(`Acting as ${user.name} in a new tab until ${new Date(started.expiresAt).toISOString().slice(11, 16)} UTC`);
          close();
        } else {
          setFallback(started.url);
        }
      },
      onError: (e) => {
        tab?.close();
        toast.error(e.message);
      },
    });
  };
  const close = () => {
    setReason('');
    setFallback(null);
    onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={(v) => (v ? onOpenChange(true) : !start.isPending && close())}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Impersonate {user.name}?</DialogTitle>
          <DialogDescription>
            You will act as {user.email} on {user.tenant.name}’s customer portal for up to 30 minutes. A banner shows it the whole time, and everything you do is audited
            with both your identity and theirs.
          </DialogDescription>
        </DialogHeader>
        {fallback ? (
          <div className="grid gap-3" data-testid="impersonate-fallback">
            <p className="text-sm">Your browser blocked the new tab. Open the portal with this one-time link within 2 minutes:</p>
            <Button asChild>
              <a href={fallback} target="_blank" rel="noopener noreferrer" onClick={close} data-testid="impersonate-open">
                Open the customer portal
              </a>
            </Button>
          </div>
        ) : (
          <form
            noValidate
            className="grid gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              begin();
            }}
          >
            <Label htmlFor="impersonate-reason">Reason (recorded in the audit log)</Label>
            <Input id="impersonate-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} placeholder="Support ticket #1234" data-testid="impersonate-reason" />
            <DialogFooter className="mt-2">
              <Button type="button" variant="outline" onClick={close} disabled={start.isPending} data-testid="impersonate-cancel">
                Cancel
              </Button>
              <Button type="submit" disabled={start.isPending} data-testid="impersonate-submit">
                {start.isPending ? 'Starting…' : 'Start impersonation'}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
