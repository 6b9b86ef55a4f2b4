'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage, TextFormField } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { ApiError, apiFetch } from '@/lib/api-client';
import type { ApiKeyView } from '@/lib/api-keys/views';
import { apiKeyKeys, apiKeyUrls } from './api';

type Values = { name: string; scopes: string[]; expiresOn: string; allowedIps: string; rateLimitPerMinute: string };
type Created = ApiKeyView & { key: string };
const DEFAULT_RATE_LIMIT = '600';

/** One line per entry; blank lines are ignored (their numbers still match the textarea's lines). */
function ipLines(text: string): Array<{ line: number; value: string }> {
  return text
    .split('\n')
    .map((value, i) => ({ line: i + 1, value: value.trim() }))
    .filter((e) => e.value);
}

/**
 * Creates a key with a name, scopes (the permissions the viewer's role has), an optional expiry,
 * IP allow-list and rate limit. The server validates; each problem is shown under its field (an
 * allow-list problem names the line). The key is shown once, in the dialog that follows.
 */
export function CreateApiKeyDialog({ open, onOpenChange, grantable }: { open: boolean; onOpenChange: (open: boolean) => void; grantable: readonly string[] }) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Created | null>(null);
  const form = useForm<Values>({ defaultValues: { name: '', scopes: ['portal.use'].filter((s) => grantable.includes(s)), expiresOn: '', allowedIps: '', rateLimitPerMinute: DEFAULT_RATE_LIMIT } });

  const create = useMutation({
    mutationFn: (values: Values) => {
      const lines = ipLines(values.allowedIps);
      const rate = values.rateLimitPerMinute.trim();
      const body = {
        name: values.name,
        scopes: values.scopes,
        expiresAt: values.expiresOn ? `${values.expiresOn}T00:00:00Z` : null,
        allowedIps: lines.map((e) => e.value),
        // A number when it looks like one; otherwise as typed, so the server names the problem.
        rateLimitPerMinute: rate === '' ? undefined : /^\d+$/.test(rate) ? Number(rate) : rate,
      };
      return apiFetch<Created>(apiKeyUrls.list, { method: 'POST', body }).catch((error: unknown) => {
        throw Object.assign(error as object, { lines });
      });
    },
    onSuccess: async (key) => {
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });
      form.reset();
      onOpenChange(false);
      setCreated(key);
    },
    onError: (error: Error) => {
      const lines = (error as { lines?: Array<{ line: number; value: string }> }).lines;
      if (!(error instanceof ApiError) || !error.problems.length) {
        toast.error(error.message);
        return;
      }
      const unplaced: string[] = [];
      const ipProblems: string[] = [];
      for (const p of error.problems) {
        const [head, index] = p.path.split('.');
        if (head === 'allowedIps') {
          const entry = index === undefined ? undefined : lines?.[Number(index)];
          ipProblems.push(entry ? `line ${entry.line} (${entry.value.slice(0, 40)}): ${p.message}` : p.message);
        } else if (head === 'expiresAt') form.setError('expiresOn', { message: p.message });
        else if (head === 'name' || head === 'scopes' || head === 'rateLimitPerMinute') form.setError(head, { message: p.message });
        else unplaced.push(`${p.path}: ${p.message}`);
      }
      if (ipProblems.length) form.setError('allowedIps', { message: ipProblems.join('; ') });
      if (unplaced.length) toast.error(unplaced.join('; '));
    },
  });

  return (
    <>
      <Dialog open={open} onOpenChange={(v) => !create.isPending && onOpenChange(v)}>
        <DialogContent className="sm:max-w-lg">
          <DialogHeader>
            <DialogTitle>Create API key</DialogTitle>
            <DialogDescription>The key acts as you, limited to the scopes you choose. It is shown once, right after creation.</DialogDescription>
          </DialogHeader>
          <Form {...form}>
            <form onSubmit={form.handleSubmit((v) => create.mutate(v))} className="grid gap-4" noValidate data-testid="api-key-form">
              <TextFormField control={form.control} name="name" label="Name" autoComplete="off" maxLength={100} data-testid="api-key-name" />
              <FormField
                control={form.control}
                name="scopes"
                render={({ field }) => (
                  <FormItem>
                    <p id="api-key-scopes-label" className="text-sm font-medium">
                      Scopes
                    </p>
                    <div className="grid grid-cols-2 gap-2" role="group" aria-labelledby="api-key-scopes-label">
                      {grantable.map((scope) => (
                        <div key={scope} className="flex items-center gap-2">
                          <Checkbox
                            id={`scope-${scope}`}
                            checked={field.value.includes(scope)}
                            onCheckedChange={(on) => field.onChange(on ? [...field.value, scope] : field.value.filter((s) => s !== scope))}
                            data-testid={`api-key-scope-${scope}`}
                          />
                          <Label htmlFor={`scope-${scope}`} className="font-mono text-xs font-normal">
                            {scope}
                          </Label>
                        </div>
                      ))}
                    </div>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <TextFormField control={form.control} name="expiresOn" label="Expires on (optional, UTC)" type="date" data-testid="api-key-expires" />
              <FormField
                control={form.control}
                name="allowedIps"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Allowed IP addresses (optional)</FormLabel>
                    <FormControl>
                      <Textarea {...field} rows={3} spellCheck={false} className="font-mono text-xs" placeholder={'203.0.113.0/24\n2001:db8::/32'} data-testid="api-key-allowed-ips" />
                    </FormControl>
                    <FormDescription>One IPv4 or IPv6 address or CIDR block per line, up to 50. Empty: the key works from anywhere.</FormDescription>
                    <FormMessage data-testid="api-key-allowed-ips-error" />
                  </FormItem>
                )}
              />
              <TextFormField control={form.control} name="rateLimitPerMinute" label="Requests per minute" inputMode="numeric" description="Past this, requests are answered 429 with Retry-After." data-testid="api-key-rate-limit" />
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={create.isPending} data-testid="api-key-cancel">
                  Cancel
                </Button>
                <Button type="submit" disabled={create.isPending} data-testid="api-key-submit">
                  {create.isPending ? 'Creating…' : 'Create key'}
                </Button>
              </DialogFooter>
            </form>
          </Form>
        </DialogContent>
      </Dialog>
      <Dialog open={created !== null} onOpenChange={(v) => !v && setCreated(null)}>
        <DialogContent className="sm:max-w-lg" data-testid="api-key-created">
          <DialogHeader>
            <DialogTitle>Copy your API key now</DialogTitle>
            <DialogDescription>This is the only time it is shown. Store it in your secret manager; if you lose it, revoke it and create another.</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="created-key">API key “{created?.name}”</Label>
            <Input id="created-key" readOnly value={created?.key ?? ''} className="font-mono text-xs" onFocus={(e) => e.currentTarget.select()} data-testid="api-key-secret" />
          </div>
          <DialogFooter>
            <Button
              type="button"
              variant="outline"
              onClick={() => {
                void navigator.clipboard?.writeText(created?.key ?? '').then(
                  () => toast.success('Copied'),
                  () => toast.error('Copy failed: select the key and copy it yourself'),
                );
              }}
              data-testid="api-key-copy"
            >
              Copy
            </Button>
            <Button type="button" onClick={() => setCreated(null)} data-testid="api-key-done">
              I have stored it
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
