import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

export type TextAreaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>;

export function TextArea({ label, error, hint, required, id, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required} id={id}>
      {(ids) => <textarea {...textarea} {...ids} rows={rows} required={required} className="field__control" />}
    </Field>
  );
}
