'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** A signing secret shown once, with a copy button: it cannot be seen again after this. */
export function SecretReveal({ secret }: { secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="grid gap-2" data-testid="webhook-secret">
      <Label htmlFor="webhook-secret-value">Signing secret</Label>
      <div className="flex gap-2">
        <Input id="webhook-secret-value" readOnly value={secret} className="font-mono text-xs" data-testid="webhook-secret-value" onFocus={(e) => e.currentTarget.select()} />
        <Button
          type="button"
          variant="outline"
          data-testid="webhook-secret-copy"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(secret);
              setCopied(true);
            } catch {
              toast.error('Copy failed: select the secret and copy it by hand');
            }
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p className="text-sm text-muted-foreground">Store it now: it is shown only this once. Verify each request&apos;s webhook-signature header with it.</p>
    </div>
  );
}
