'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { ApiError, apiFetch } from '@/lib/api-client';
import { FORCE_REASON_MIN, missingOnboardingDetails, onboardingStateOptions } from '@/lib/users/schemas';
import { NativeSelect } from './native-select';
import type { UserDetailData } from '@/lib/users/views';
import { userKeys, userUrls } from './api';

type State = (typeof onboardingStateOptions)[number];

export const onboardingStateLabels: Record<State, string> = {
  signed_up: 'Signed up (email not verified)',
  verified: 'Verified',
  onboarding_incomplete: 'Onboarding incomplete',
  active: 'Active',
};

type Errors = { state?: string; reason?: string; form?: string };

/**
 * A super admin moves a user through the onboarding gate. Activating an account whose onboarding
 * details are missing is a forced activation: the dialog says what is missing and asks for the
 * reason the audit log keeps. Problems from the server appear under the field they concern.
 */
export function ChangeOnboardingDialog({ user, open, onOpenChange }: { user: UserDetailData; open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const current = user.onboardingState as State;
  const [state, setState] = useState<State>(current);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const missing = missingOnboardingDetails(user);
  const forcing = state === 'active' && missing.length > 0;

  const reset = () => {
    setState(current);
    setReason('');
    setErrors({});
  };
  const save = useMutation({
    mutationFn: () =>
      apiFetch<{ onboardingState: State }>(userUrls.onboarding(user.id), {
        method: 'POST',
        body: { state, force: forcing, reason: forcing ? reason : undefined },
      }),
    onSuccess: async (u) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      toast.success(`Onboarding state set to ${onboardingStateLabels[u.onboardingState] ?? u.onboardingState}`);
      onOpenChange(false);
    },
    onError: (e) => {
      if (!(e instanceof ApiError) || e.problems.length === 0) return setErrors({ form: e.message || 'Could not change the onboarding state' });
      const next: Errors = {};
      for (const p of e.problems) {
        if (p.path === 'state' || p.path === 'reason') next[p.path] ??= p.message;
        else next.form = [next.form, p.message].filter(Boolean).join('; ');
      }
      setErrors(next);
    },
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(v) => {
        if (save.isPending) return;
        reset();
        onOpenChange(v);
      }}
    >
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Change onboarding state</DialogTitle>
          <DialogDescription>
            {user.name} ({user.email}) is {onboardingStateLabels[current]?.toLowerCase() ?? current}. Customers who are not active are sent to the onboarding wizard
            instead of their portal. The change is audited.
          </DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="grid gap-2"
          data-testid="onboarding-form"
          onSubmit={(e) => {
            e.preventDefault();
            setErrors({});
            save.mutate();
          }}
        >
          <Label htmlFor="onboarding-state">Onboarding state</Label>
          <NativeSelect
            id="onboarding-state"
            value={state}
            onChange={(e) => {
              setState(e.target.value as State);
              setErrors({});
            }}
            aria-invalid={Boolean(errors.state)}
            aria-describedby={errors.state ? 'onboarding-state-error' : undefined}
            data-testid="onboarding-state-select"
          >
            {onboardingStateOptions.map((s) => (
              <option key={s} value={s}>
                {onboardingStateLabels[s]}
              </option>
            ))}
          </NativeSelect>
          {errors.state && (
            <p id="onboarding-state-error" role="alert" className="text-sm text-destructive" data-testid="onboarding-state-error">
              {errors.state}
            </p>
          )}
          {forcing && (
            <div className="mt-2 grid gap-2" data-testid="onboarding-force">
              <p className="text-sm text-muted-foreground" id="onboarding-force-note" data-testid="onboarding-force-note">
                Onboarding is incomplete (missing {missing.join(', ')}). Activating anyway needs a reason of at least {FORCE_REASON_MIN} characters, recorded in the audit log.
              </p>
              <Label htmlFor="onboarding-reason">Reason</Label>
              <Textarea
                id="onboarding-reason"
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
                placeholder="Contract signed offline, ticket #1234"
                aria-invalid={Boolean(errors.reason)}
                aria-describedby={errors.reason ? 'onboarding-force-note onboarding-reason-error' : 'onboarding-force-note'}
                data-testid="onboarding-reason"
              />
              {errors.reason && (
                <p id="onboarding-reason-error" role="alert" className="text-sm text-destructive" data-testid="onboarding-reason-error">
                  {errors.reason}
                </p>
              )}
            </div>
          )}
          {errors.form && (
            <p role="alert" className="text-sm text-destructive" data-testid="onboarding-error">
              {errors.form}
            </p>
          )}
          <DialogFooter className="mt-2">
            <Button
              type="button"
              variant="outline"
              onClick={() => {
                reset();
                onOpenChange(false);
              }}
              disabled={save.isPending}
              data-testid="onboarding-cancel"
            >
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending || state === current} data-testid="onboarding-submit">
              {save.isPending ? 'Saving…' : forcing ? 'Activate anyway' : 'Change state'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
