'use client';

import { useLayoutEffect, type RefObject } from 'react';

/**
 * Text typed into a server-rendered input before the page hydrated never reached React: React 19
 * does not replay those input events, and the next render of a controlled input puts the old value
 * back. At mount this hands the input's current text to `adopt` when it differs from `value`, so
 * what the person typed is kept and acted on. Runs once, before the first paint after hydration.
 */
export function useTypedBeforeHydration(ref: RefObject<HTMLInputElement | null>, value: string, adopt: (typed: string, focused: boolean) => void) {
  useLayoutEffect(() => {
    const input = ref.current;
    if (input && input.value !== value) adopt(input.value, document.activeElement === input);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at mount (hydration)
  }, []);
}
