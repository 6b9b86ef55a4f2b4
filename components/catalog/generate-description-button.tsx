'use client';

import { Sparkles } from 'lucide-react';
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Tooltip, TooltipContent, TooltipTrigger } from '@/components/ui/tooltip';
import { AI_NOT_CONFIGURED } from '@/lib/ai/ports';

/**
 * "Generate" for a description field (issue 11 item 7). No AI provider is configured yet, so it is
 * shown disabled: aria-disabled rather than `disabled`, so it stays focusable and keyboard users
 * reach the tooltip; the reason is also its accessible description (aria-describedby), so screen
 * readers hear it without the tooltip. It never fills in text of its own.
 */
export function GenerateDescriptionButton({ configured }: { configured: boolean }) {
  const hintId = useId();
  if (configured) return null; // The provider's action arrives with the AI issue.
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-disabled="true"
          aria-describedby={hintId}
          className="cursor-not-allowed opacity-60"
          onClick={(e) => e.preventDefault()}
          data-testid="generate-description"
        >
          <Sparkles className="size-3.5" aria-hidden />
          Generate
        </Button>
      </TooltipTrigger>
      <TooltipContent data-testid="generate-description-tooltip">{AI_NOT_CONFIGURED}</TooltipContent>
      <span id={hintId} className="sr-only">
        {AI_NOT_CONFIGURED}
      </span>
    </Tooltip>
  );
}
