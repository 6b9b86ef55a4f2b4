import * as React from 'react';
import { Slot } from 'radix-ui';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils';

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-colors outline-none select-none focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:border-ring disabled:pointer-events-none disabled:opacity-50 aria-invalid:border-destructive aria-invalid:ring-destructive/20 [&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
  {
    variants: {
      variant: {
        // Hover shades towards the text's opposite (darker under white text, lighter under dark text)
        // instead of fading the fill, which would drop the label below 4.5:1.
        default: 'bg-primary text-primary-foreground shadow-xs hover:shadow-[inset_0_0_0_999px_rgb(0_0_0/0.12)] dark:hover:shadow-[inset_0_0_0_999px_rgb(255_255_255/0.14)]',
        destructive: 'bg-destructive text-destructive-foreground shadow-xs hover:shadow-[inset_0_0_0_999px_rgb(0_0_0/0.12)] dark:hover:shadow-[inset_0_0_0_999px_rgb(255_255_255/0.14)] focus-visible:ring-destructive/30',
        outline: 'border border-input bg-background shadow-xs hover:bg-accent hover:text-accent-foreground',
        secondary: 'bg-secondary text-secondary-foreground shadow-xs hover:bg-secondary/80',
        ghost: 'hover:bg-accent hover:text-accent-foreground',
        link: 'text-primary underline-offset-4 hover:underline',
      },
      size: {
        default: 'h-9 px-4 py-2 has-[>svg]:px-3',
        sm: 'h-8 gap-1.5 rounded-md px-3 text-xs has-[>svg]:px-2.5',
        lg: 'h-10 rounded-md px-6 has-[>svg]:px-4',
        icon: 'size-9',
        'icon-sm': 'size-8',
        'icon-lg': 'size-10',
      },
    },
    defaultVariants: { variant: 'default', size: 'default' },
  },
);

type IconSize = 'icon' | 'icon-sm' | 'icon-lg';
type TextSize = Exclude<NonNullable<VariantProps<typeof buttonVariants>['size']>, IconSize>;

type ButtonBaseProps = React.ComponentProps<'button'> & {
  variant?: VariantProps<typeof buttonVariants>['variant'];
  /** Renders the single child (a Link, an <a>) with the button's styles instead of a <button>. */
  asChild?: boolean;
};

/**
 * An icon-only button has no text, so its accessible name must come from aria-label (or
 * aria-labelledby): the icon sizes make one of them required at the type level.
 */
export type ButtonProps =
  | (ButtonBaseProps & { size?: TextSize | null })
  | (ButtonBaseProps & { size: IconSize } & ({ 'aria-label': string } | { 'aria-labelledby': string }));

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : 'button';
  return (
    <Comp
      data-slot="button"
      className={cn(buttonVariants({ variant, size, className }))}
      {...props}
    />
  );
}
