'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Progress } from '@/components/ui/progress';
import { NativeSelect } from '@/components/users/native-select';
import { ApiError, uploadFile } from '@/lib/api-client';
import { MAX_DECK_BYTES } from '@/lib/rates/import/schemas';
import type { RateImportView } from '@/lib/rates/import/views';
import { ratesUrls } from './api';

type Options = { delimiter: string; encoding: string; dateOrder: string; defaultEffectiveFrom: string };
const INITIAL: Options = { delimiter: 'auto', encoding: 'auto', dateOrder: 'auto', defaultEffectiveFrom: '' };

const formatBytes = (n: number) => (n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/**
 * Upload a deck into a draft of the plan: the file streams to the server as the request body (with
 * a progress bar), the import job parses it, and the report page shows its progress, errors and the
 * change set. Nothing changes for calls until the draft is published there.
 */
export function ImportDeckDialog({ planId, planName, open, onOpenChange }: { planId: string; planName: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<Options>(INITIAL);
  const [sent, setSent] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const uploading = sent !== null;

  const reset = () => {
    setFile(null);
    setOptions(INITIAL);
    setSent(null);
    setError(null);
    setFileError(null);
  };
  const close = (next: boolean) => {
    if (next) return onOpenChange(true);
    abort.current?.abort();
    reset();
    onOpenChange(false);
  };

  const submit = async () => {
    setError(null);
    setFileError(null);
    if (!file) return setFileError('Choose the deck file (CSV or XLSX).');
    if (file.size === 0) return setFileError('The file is empty: choose a deck with a header row and at least one rate.');
    if (file.size > MAX_DECK_BYTES) return setFileError(`The file is ${formatBytes(file.size)}; the largest deck accepted is ${formatBytes(MAX_DECK_BYTES)}.`);
    const query = new URLSearchParams({ fileName: file.name.slice(0, 255), delimiter: options.delimiter, encoding: options.encoding, dateOrder: options.dateOrder });
    if (options.defaultEffectiveFrom) query.set('defaultEffectiveFrom', `${options.defaultEffectiveFrom}T00:00:00Z`);
    abort.current = new AbortController();
    setSent({ done: 0, total: file.size });
    try {
      const started = await uploadFile<RateImportView>(`${ratesUrls.imports(planId)}?${query.toString()}`, file, {
        // The job reads the bytes (a zip is an XLSX workbook); the type is the file's own when it has one.
        contentType: file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' ? file.type : 'text/csv',
        onProgress: (done, total) => setSent({ done, total }),
        signal: abort.current.signal,
      });
      toast.success(`${file.name} uploaded: the import is running`);
      reset();
      onOpenChange(false);
      router.push(`/rates/imports/${started.id}`);
    } catch (e) {
      setSent(null);
      if ((e as Error).name === 'AbortError') return;
      if (e instanceof ApiError && e.problems.length) {
        const onFile = e.problems.filter((p) => p.path === 'file');
        if (onFile.length) setFileError(onFile.map((p) => p.message).join('; '));
        const rest = e.problems.filter((p) => p.path !== 'file');
        if (rest.length) setError(rest.map((p) => `${p.path}: ${p.message}`).join('; '));
      } else setError(e instanceof Error ? e.message : 'The upload failed');
    }
  };

  const percent = sent && sent.total > 0 ? Math.round((sent.done / sent.total) * 100) : 0;
  const set = (key: keyof Options) => (e: React.ChangeEvent<HTMLSelectElement | HTMLInputElement>) => setOptions((o) => ({ ...o, [key]: e.target.value }));
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-lg" data-testid="import-deck-dialog">
        <DialogHeader>
          <DialogTitle>Import a deck into {planName}</DialogTitle>
          <DialogDescription>
            The deck becomes a draft version. You review its errors and the change set against the live version before anything is published.
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          data-testid="import-deck-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor="import-deck-file">Deck file (CSV or XLSX)</Label>
            <Input
              id="import-deck-file"
              type="file"
              accept=".csv,text/csv,.txt,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={uploading}
              aria-invalid={Boolean(fileError)}
              aria-describedby={fileError ? 'import-deck-file-error import-deck-file-description' : 'import-deck-file-description'}
              data-testid="import-deck-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
              }}
            />
            <p id="import-deck-file-description" className="text-xs text-muted-foreground">
              A header row (code, destination, rate, and optionally effective date, change flag, increments), comma, semicolon or tab separated, UTF-8 or Latin-1.
              {file ? ` Chosen: ${file.name} (${formatBytes(file.size)}).` : ''}
            </p>
            {fileError ? (
              <p id="import-deck-file-error" className="text-sm text-destructive" role="alert" data-testid="import-deck-file-error">
                {fileError}
              </p>
            ) : null}
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <div className="grid gap-1.5">
              <Label htmlFor="import-deck-delimiter">Delimiter</Label>
              <NativeSelect id="import-deck-delimiter" value={options.delimiter} onChange={set('delimiter')} disabled={uploading} data-testid="import-deck-delimiter">
                <option value="auto">Detect</option>
                <option value=",">Comma</option>
                <option value=";">Semicolon</option>
                <option value="tab">Tab</option>
              </NativeSelect>
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="import-deck-encoding">Encoding</Label>
              <NativeSelect id="import-deck-encoding" value={options.encoding} onChange={set('encoding')} disabled={uploading} data-testid="import-deck-encoding">
                <option value="auto">Detect</option>
                <option value="utf-8">UTF-8</option>
                <option value="latin1">Latin-1</option>
              </NativeSelect>
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="import-deck-date-order">Dates</Label>
              <NativeSelect id="import-deck-date-order" value={options.dateOrder} onChange={set('dateOrder')} disabled={uploading} data-testid="import-deck-date-order">
                <option value="auto">Detect</option>
                <option value="dmy">Day/month/year</option>
                <option value="mdy">Month/day/year</option>
                <option value="ymd">Year-month-day</option>
              </NativeSelect>
            </div>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="import-deck-effective">Effective from, for rows without a date (optional)</Label>
            <Input id="import-deck-effective" type="date" value={options.defaultEffectiveFrom} onChange={set('defaultEffectiveFrom')} disabled={uploading} data-testid="import-deck-effective" />
          </div>
          {uploading ? (
            <div className="grid gap-1" data-testid="import-deck-progress">
              <Progress value={percent} aria-label="Upload progress" />
              <p className="text-xs text-muted-foreground" aria-live="polite">
                Uploading {formatBytes(sent.done)} of {formatBytes(sent.total)} ({percent}%)
              </p>
            </div>
          ) : null}
          {error ? (
            <p className="text-sm text-destructive" role="alert" data-testid="import-deck-error">
              {error}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => close(false)} data-testid="import-deck-cancel">
              {uploading ? 'Cancel upload' : 'Cancel'}
            </Button>
            <Button type="submit" disabled={uploading} data-testid="import-deck-submit">
              {uploading ? 'Uploading…' : 'Upload and import'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
