import type { InputHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

export type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>;

export function TextField({ label, error, hint, required, id, type = 'text', ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id}>
      {(ids) => <input {...input} {...ids} type={type} required={required} className="field__control" />}
    </Field>
  );
}
