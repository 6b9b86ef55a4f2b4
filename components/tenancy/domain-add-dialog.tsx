'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { ApiError, apiFetch } from '@/lib/api-client';
import { domainKeys, tenantUrls } from './api';

export function DomainAddDialog({ tenantId, open, onOpenChange }: { tenantId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const queryClient = useQueryClient();
  const [domain, setDomain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => apiFetch(tenantUrls.domains(tenantId), { method: 'POST', body: { domain } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: domainKeys.all });
      toast.success(`${domain} added: publish its TXT record, then verify it`);
      setDomain('');
      onOpenChange(false);
    },
    onError: (e) => setError(e instanceof ApiError ? (e.problems.find((p) => p.path === 'domain')?.message ?? e.message) : 'Could not add the domain'),
  });
  return (
    <Dialog open={open} onOpenChange={(v) => !add.isPending && onOpenChange(v)}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Add custom domain</DialogTitle>
          <DialogDescription>The domain serves this tenant’s portal once its DNS TXT record is verified.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            add.mutate();
          }}
          className="grid gap-2"
        >
          <Label htmlFor="domain-input">Domain</Label>
          <Input
            id="domain-input"
            value={domain}
            onChange={(e) => setDomain(e.target.value)}
            placeholder="voice.example.com"
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'domain-error' : undefined}
            data-testid="domain-input"
          />
          {error && (
            <p id="domain-error" role="alert" className="text-sm text-destructive" data-testid="domain-error">
              {error}
            </p>
          )}
          <DialogFooter className="mt-2">
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)} data-testid="domain-cancel">
              Cancel
            </Button>
            <Button type="submit" disabled={add.isPending || !domain.trim()} data-testid="domain-submit">
              {add.isPending ? 'Adding…' : 'Add domain'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
