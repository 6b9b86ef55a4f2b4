'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage, TextFormField, useFormField } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectSeparator,
  SelectTrigger,
  SelectValue,
} from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import type { LibraryEntry } from '../types';

const row = 'flex flex-wrap items-center gap-2';
const currencies = [
  { value: 'usd', label: 'US dollar (USD)' },
  { value: 'eur', label: 'Euro (EUR)' },
  { value: 'gbp', label: 'Pound sterling (GBP)' },
];

function FieldHint() {
  // useFormField reads the field's state: here it says whether the field is valid yet.
  const { invalid, isDirty } = useFormField();
  return <span className="text-xs text-muted-foreground">{invalid ? 'Needs attention' : isDirty ? 'Looks good' : 'Not filled in yet'}</span>;
}

const demoSchema = z.object({
  company: z.string().trim().min(2, 'Enter the company name (2 characters or more)'),
  email: z.email('Enter a valid email address'),
  notes: z.string().max(200, 'At most 200 characters'),
});
type DemoValues = z.infer<typeof demoSchema>;

export const formEntries: LibraryEntry[] = [
  {
    id: 'input',
    name: 'Input',
    file: 'components/ui/input.tsx',
    exports: ['Input'],
    variants: [
      { prop: 'type', values: ['text', 'email', 'password', 'number', 'search', 'file'] },
      { prop: 'aria-invalid', values: ['false', 'true (error border)'] },
      { prop: 'disabled', values: ['false', 'true'] },
    ],
    whenToUse: 'Single-line text. Always named by a Label htmlFor (or aria-label for a search box); in forms use TextFormField, which ties errors to the field.',
    code: `import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

<Label htmlFor="company">Company</Label>
<Input id="company" autoComplete="organization" data-testid="customer-company" />`,
    Preview: function InputPreview() {
      const id = useId();
      return (
        <div className="grid max-w-sm gap-3">
          <div className="grid gap-2">
            <Label htmlFor={`${id}-a`}>Company</Label>
            <Input id={`${id}-a`} placeholder="Acme Voice" data-testid="complib-input" />
          </div>
          <div className="grid gap-2">
            <Label htmlFor={`${id}-b`}>Email (invalid)</Label>
            <Input id={`${id}-b`} type="email" defaultValue="not-an-email" aria-invalid aria-describedby={`${id}-b-error`} />
            <p id={`${id}-b-error`} className="text-sm text-destructive">
              Enter a valid email address
            </p>
          </div>
          <div className="grid gap-2">
            <Label htmlFor={`${id}-c`}>Account number (disabled)</Label>
            <Input id={`${id}-c`} defaultValue="AC-000123" disabled />
          </div>
        </div>
      );
    },
  },
  {
    id: 'textarea',
    name: 'Textarea',
    file: 'components/ui/textarea.tsx',
    exports: ['Textarea'],
    variants: [{ prop: 'aria-invalid', values: ['false', 'true'] }],
    whenToUse: 'Multi-line text (notes, descriptions). It grows with its content; name it with a Label.',
    code: `import { Textarea } from '@/components/ui/textarea';

<Label htmlFor="notes">Notes</Label>
<Textarea id="notes" rows={3} />`,
    Preview: function TextareaPreview() {
      const id = useId();
      return (
        <div className="grid max-w-sm gap-2">
          <Label htmlFor={id}>Notes</Label>
          <Textarea id={id} rows={3} placeholder="Internal notes about this customer" data-testid="complib-textarea" />
        </div>
      );
    },
  },
  {
    id: 'label',
    name: 'Label',
    file: 'components/ui/label.tsx',
    exports: ['Label'],
    variants: [{ prop: 'htmlFor', values: ['the control id (required for inputs, selects, checkboxes, switches)'] }],
    whenToUse: 'The visible name of every form control. Clicking it focuses or toggles the control.',
    code: `import { Label } from '@/components/ui/label';

<Label htmlFor="email">Email</Label>
<Input id="email" type="email" />`,
    Preview: function LabelPreview() {
      const id = useId();
      return (
        <div className="flex items-center gap-2">
          <Checkbox id={id} />
          <Label htmlFor={id}>Clicking this label toggles the checkbox</Label>
        </div>
      );
    },
  },
  {
    id: 'checkbox',
    name: 'Checkbox',
    file: 'components/ui/checkbox.tsx',
    exports: ['Checkbox'],
    variants: [{ prop: 'checked', values: ['false', 'true', '"indeterminate"'] }],
    whenToUse: 'A form value that is saved with the form, and row selection. For a setting that applies immediately use Switch.',
    code: `import { Checkbox } from '@/components/ui/checkbox';

<Checkbox id="terms" checked={accepted} onCheckedChange={(v) => setAccepted(v === true)} />
<Label htmlFor="terms">I accept the terms</Label>`,
    Preview: function CheckboxPreview() {
      const id = useId();
      const [checked, setChecked] = useState(true);
      return (
        <div className="grid gap-3">
          <div className="flex items-center gap-2">
            <Checkbox id={`${id}-a`} checked={checked} onCheckedChange={(v) => setChecked(v === true)} data-testid="complib-checkbox" />
            <Label htmlFor={`${id}-a`}>Send invoices by email</Label>
          </div>
          <div className="flex items-center gap-2">
            <Checkbox id={`${id}-b`} checked="indeterminate" />
            <Label htmlFor={`${id}-b`}>Some rows selected (indeterminate)</Label>
          </div>
          <div className="flex items-center gap-2">
            <Checkbox id={`${id}-c`} disabled />
            <Label htmlFor={`${id}-c`}>Disabled</Label>
          </div>
        </div>
      );
    },
  },
  {
    id: 'switch',
    name: 'Switch',
    file: 'components/ui/switch.tsx',
    exports: ['Switch'],
    variants: [{ prop: 'checked', values: ['false', 'true'] }],
    whenToUse: 'A setting that takes effect at once (auto-refresh, a feature toggle), role="switch" with a visible Label. In a form that is saved with a button, use Checkbox.',
    code: `import { Switch } from '@/components/ui/switch';

<Switch id="auto" checked={enabled} onCheckedChange={setEnabled} />
<Label htmlFor="auto">Auto-refresh</Label>`,
    Preview: function SwitchPreview() {
      const id = useId();
      const [on, setOn] = useState(false);
      return (
        <div className="flex items-center gap-2">
          <Switch id={id} checked={on} onCheckedChange={setOn} data-testid="complib-switch" />
          <Label htmlFor={id}>Maintenance mode is {on ? 'on' : 'off'}</Label>
        </div>
      );
    },
  },
  {
    id: 'select',
    name: 'Select',
    file: 'components/ui/select.tsx',
    exports: ['Select', 'SelectTrigger', 'SelectValue', 'SelectContent', 'SelectGroup', 'SelectLabel', 'SelectItem', 'SelectSeparator', 'SelectScrollUpButton', 'SelectScrollDownButton'],
    variants: [{ prop: 'SelectTrigger size', values: ['default', 'sm'] }],
    whenToUse: 'Choosing one of a short, known list (currency, status filter). Name the trigger with a Label or aria-label. For a long or server-side list use a combobox (TenantCombobox).',
    code: `import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectSeparator, SelectTrigger, SelectValue } from '@/components/ui/select';

<Label htmlFor="currency">Billing currency</Label>
<Select value={currency} onValueChange={setCurrency}>
  <SelectTrigger id="currency" data-testid="currency">
    {/* SSR: pass the text; Radix fills SelectValue only after hydration */}
    <SelectValue>{labelOf(currency)}</SelectValue>
  </SelectTrigger>
  <SelectContent>
    <SelectGroup>
      <SelectLabel>Common</SelectLabel>
      <SelectItem value="usd">US dollar (USD)</SelectItem>
    </SelectGroup>
    <SelectSeparator />
    <SelectItem value="gbp">Pound sterling (GBP)</SelectItem>
  </SelectContent>
</Select>
// SelectScrollUpButton / SelectScrollDownButton are rendered by SelectContent for long lists.`,
    Preview: function SelectPreview() {
      const id = useId();
      const [value, setValue] = useState('usd');
      return (
        <div className="grid max-w-xs gap-2">
          <Label htmlFor={id}>Billing currency</Label>
          <Select value={value} onValueChange={setValue}>
            <SelectTrigger id={id} data-testid="complib-select">
              <SelectValue>{currencies.find((c) => c.value === value)?.label}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectGroup>
                <SelectLabel>Common</SelectLabel>
                {currencies.slice(0, 2).map((c) => (
                  <SelectItem key={c.value} value={c.value} data-testid={`complib-select-${c.value}`}>
                    {c.label}
                  </SelectItem>
                ))}
              </SelectGroup>
              <SelectSeparator />
              <SelectItem value="gbp" data-testid="complib-select-gbp">
                Pound sterling (GBP)
              </SelectItem>
            </SelectContent>
          </Select>
          <div className={row}>
            <Select defaultValue="25">
              <SelectTrigger size="sm" aria-label="Rows per page (small trigger)" data-testid="complib-select-sm">
                <SelectValue>25</SelectValue>
              </SelectTrigger>
              <SelectContent>
                {['10', '25', '50'].map((n) => (
                  <SelectItem key={n} value={n}>
                    {n}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <span className="text-xs text-muted-foreground">size=&quot;sm&quot;</span>
          </div>
        </div>
      );
    },
  },
  {
    id: 'form',
    name: 'Form',
    file: 'components/ui/form.tsx',
    exports: ['Form', 'FormField', 'FormItem', 'FormLabel', 'FormControl', 'FormDescription', 'FormMessage', 'TextFormField'],
    variants: [{ prop: 'field', values: ['TextFormField (label + input + message)', 'FormField with any control'] }],
    whenToUse:
      'Every form with validation: react-hook-form with the zod schema of the service input. FormControl sets id, aria-describedby and aria-invalid, and FormMessage (data-testid error-<field>) is tied to its field, so errors are announced with it.',
    code: `import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage, TextFormField, useFormField } from '@/components/ui/form';

const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { company: '', email: '', notes: '' } });

<Form {...form}>
  <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
    <TextFormField control={form.control} name="company" label="Company" data-testid="customer-company" />
    <FormField control={form.control} name="notes" render={({ field }) => (
      <FormItem>
        <FormLabel>Notes</FormLabel>
        <FormControl><Textarea {...field} /></FormControl>
        <FormDescription>Only staff see these.</FormDescription>
        <FormMessage />
      </FormItem>
    )} />
    <Button type="submit">Save</Button>
  </form>
</Form>
// useFormField() inside a FormItem reads the field's ids and state for custom parts.`,
    Preview: function FormPreview() {
      const form = useForm<DemoValues>({ resolver: zodResolver(demoSchema), defaultValues: { company: '', email: '', notes: '' } });
      return (
        <Form {...form}>
          <form
            className="grid max-w-sm gap-4"
            noValidate
            aria-label="Example form"
            onSubmit={form.handleSubmit((values) => {
              toast.success(`Saved ${values.company} (example only)`);
              form.reset();
            })}
          >
            <TextFormField control={form.control} name="company" label="Company" autoComplete="off" data-testid="complib-form-company" />
            <TextFormField control={form.control} name="email" label="Billing email" type="email" autoComplete="off" description="Invoices go here." data-testid="complib-form-email" />
            <FormField
              control={form.control}
              name="notes"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Notes</FormLabel>
                  <FormControl>
                    <Textarea rows={2} {...field} />
                  </FormControl>
                  <FormDescription>Only staff see these.</FormDescription>
                  <FieldHint />
                  <FormMessage />
                </FormItem>
              )}
            />
            <div className={row}>
              <Button type="submit" data-testid="complib-form-submit">
                Save
              </Button>
              <Button type="button" variant="outline" onClick={() => form.reset()} data-testid="complib-form-reset">
                Reset
              </Button>
            </div>
          </form>
        </Form>
      );
    },
  },
];
