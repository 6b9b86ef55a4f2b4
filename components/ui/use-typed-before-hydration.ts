'use client';

import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';

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

/** Inputs whose text is a form value (not checkboxes, radios or hidden fields). */
const TEXT_INPUT_TYPES = new Set(['text', 'email', 'password', 'search', 'tel', 'url', 'number']);

/**
 * The same for a whole react-hook-form form: returns the ref for its `<form>`; at mount every named
 * text input whose text differs from the form's value hands its text to the form (marked dirty), so
 * an email typed on a busy phone before hydration is not wiped by the next render (the carrier
 * sign-in lost exactly that under load). Fields the form does not know are left alone.
 */
export function useFormTypedBeforeHydration<T extends FieldValues>(form: UseFormReturn<T>) {
  const ref = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    for (const control of Array.from(element.elements)) {
      if (!(control instanceof HTMLInputElement) || !control.name || !TEXT_INPUT_TYPES.has(control.type)) continue;
      const name = control.name as Path<T>;
      const current: unknown = form.getValues(name);
      if (typeof current === 'string' && control.value !== current) form.setValue(name, control.value as PathValue<T, Path<T>>, { shouldDirty: true });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at mount (hydration)
  }, []);
  return ref;
}
