'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { apiFetch, applyFieldErrors } from '@/lib/api-client';
import { demoLongPayload } from '@/lib/jobs/demo-schema';
import { jobKeys, jobUrls } from './api';

type Values = z.input<typeof demoLongPayload>;
const FIELDS = ['batches', 'itemsPerBatch', 'delayMs'] as const;

const LABELS: Record<(typeof FIELDS)[number], { label: string; hint: string }> = {
  batches: { label: 'Batches', hint: 'How many batches the job processes (1–1,000).' },
  itemsPerBatch: { label: 'Items per batch', hint: 'Rows written per batch, each exactly once (1–2,000).' },
  delayMs: { label: 'Delay per batch (ms)', hint: 'Slows the job down so its progress is visible.' },
};

/** "Start demo job": enqueues demo.long and opens the new job's page to follow it. */
export function StartDemoJobDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ resolver: zodResolver(demoLongPayload) as never, defaultValues: { batches: 20, itemsPerBatch: 10, delayMs: 500 } });
  const start = useMutation({
    mutationFn: (values: Values) => apiFetch<{ id: number }>(jobUrls.demo, { method: 'POST', body: values }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
      toast.success(`Demo job #${id} started`);
      onOpenChange(false);
      router.push(`/jobs/${id}`);
    },
    onError: (error) => {
      const rest = applyFieldErrors(error, form.setError as never, FIELDS);
      if (rest) toast.error(rest);
    },
  });

  return (
    <Dialog open={open} onOpenChange={(v) => !start.isPending && onOpenChange(v)}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>Start demo job</DialogTitle>
          <DialogDescription>Runs demo.long on the worker: batches of idempotent writes with live progress.</DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form onSubmit={form.handleSubmit((v) => start.mutate(v))} className="grid gap-4" noValidate data-testid="demo-job-form">
            {FIELDS.map((name) => (
              <FormField
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{LABELS[name].label}</FormLabel>
                    <FormControl>
                      <Input
                        type="number"
                        inputMode="numeric"
                        {...field}
                        value={field.value ?? ''}
                        onChange={(e) => field.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
                        data-testid={`demo-job-${name}`}
                      />
                    </FormControl>
                    <FormDescription>{LABELS[name].hint}</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
            ))}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)} disabled={start.isPending} data-testid="demo-job-cancel">
                Cancel
              </Button>
              <Button type="submit" disabled={start.isPending} data-testid="demo-job-submit">
                {start.isPending ? 'Starting…' : 'Start job'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
