'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { ApiError, apiFetch } from '@/lib/api-client';
import { webhookKeys, webhookUrls, type EventTypeOption, type WebhookEndpoint } from './api';
import { SecretReveal } from './secret-reveal';

type Problems = Partial<Record<'url' | 'description' | 'eventTypes' | 'form', string>>;

/** "Add endpoint": URL, description, events; on success the secret is shown once before the dialog closes. */
export function CreateEndpointDialog({ open, onOpenChange, eventTypes }: { open: boolean; onOpenChange: (open: boolean) => void; eventTypes: EventTypeOption[] }) {
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [problems, setProblems] = useState<Problems>({});
  const [created, setCreated] = useState<(WebhookEndpoint & { secret: string }) | null>(null);

  const create = useMutation({
    mutationFn: () => apiFetch<WebhookEndpoint & { secret: string }>(webhookUrls.list, { method: 'POST', body: { url, description, eventTypes: selected } }),
    onSuccess: (endpoint) => {
      setCreated(endpoint);
      // Not awaited: the mutation must not stay pending (and "Done" ignored) while the list refetches.
      void queryClient.invalidateQueries({ queryKey: webhookKeys.all });
    },
    onError: (error) => {
      const next: Problems = {};
      if (error instanceof ApiError && error.problems.length) {
        for (const p of error.problems) {
          const key = (p.path.split('.')[0] ?? 'form') as keyof Problems;
          next[['url', 'description', 'eventTypes'].includes(key) ? key : 'form'] = p.message;
        }
      } else next.form = error instanceof Error ? error.message : 'Something went wrong';
      setProblems(next);
    },
  });

  const close = (value: boolean) => {
    if (create.isPending) return;
    onOpenChange(value);
    if (!value) {
      setUrl('');
      setDescription('');
      setSelected([]);
      setProblems({});
      setCreated(null);
    }
  };

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{created ? 'Endpoint added' : 'Add webhook endpoint'}</DialogTitle>
          <DialogDescription>{created ? created.url : 'We send signed POST requests (Standard Webhooks) to this URL when the events you choose happen.'}</DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <SecretReveal secret={created.secret} />
            <DialogFooter>
              <Button type="button" onClick={() => close(false)} data-testid="webhook-create-done">
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form
            className="grid gap-4"
            noValidate
            data-testid="webhook-create-form"
            onSubmit={(e) => {
              e.preventDefault();
              setProblems({});
              create.mutate();
            }}
          >
            <div className="grid gap-2">
              <Label htmlFor="webhook-url">Endpoint URL</Label>
              <Input id="webhook-url" type="url" placeholder="https://example.com/webhooks" value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={Boolean(problems.url)} aria-describedby={problems.url ? 'webhook-url-error' : undefined} data-testid="webhook-url" />
              {problems.url ? (
                <p id="webhook-url-error" className="text-sm text-destructive" data-testid="webhook-url-error">
                  {problems.url}
                </p>
              ) : null}
            </div>
            <div className="grid gap-2">
              <Label htmlFor="webhook-description">Description (optional)</Label>
              <Textarea id="webhook-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} data-testid="webhook-description" />
              {problems.description ? <p className="text-sm text-destructive">{problems.description}</p> : null}
            </div>
            <fieldset className="grid gap-2">
              <legend className="mb-1 text-sm font-medium">Events</legend>
              {eventTypes.map((t) => (
                <div key={t.type} className="flex items-start gap-2">
                  <Checkbox
                    id={`webhook-event-${t.type}`}
                    checked={selected.includes(t.type)}
                    onCheckedChange={(v) => setSelected((s) => (v ? [...s, t.type] : s.filter((x) => x !== t.type)))}
                    data-testid={`webhook-event-${t.type}`}
                  />
                  <Label htmlFor={`webhook-event-${t.type}`} className="grid gap-0.5 font-normal">
                    <code className="text-xs">{t.type}</code>
                    <span className="text-muted-foreground text-xs">{t.description}</span>
                  </Label>
                </div>
              ))}
              {problems.eventTypes ? <p className="text-sm text-destructive">{problems.eventTypes}</p> : null}
            </fieldset>
            {problems.form ? <p className="text-sm text-destructive">{problems.form}</p> : null}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => close(false)} disabled={create.isPending} data-testid="webhook-create-cancel">
                Cancel
              </Button>
              <Button type="submit" disabled={create.isPending} data-testid="webhook-create-submit">
                {create.isPending ? 'Adding…' : 'Add endpoint'}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

export function useToastError() {
  return (error: unknown) => toast.error(error instanceof Error ? error.message : 'Something went wrong');
}
