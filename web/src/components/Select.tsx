import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
    options: readonly SelectOption[];
    /** A first empty choice ("Tous", "Choisir…"). */
    placeholder?: string;
  };

export function Select({ label, error, hint, required, id, options, placeholder, ...select }: SelectProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id}>
      {(ids) => (
        <select {...select} {...ids} required={required} className="field__control">
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
