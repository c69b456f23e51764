import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';

export interface FieldErrorsProps {
  error: unknown;
  /** French labels of the API's field names ({ siret: 'SIRET' }); a missing one shows the raw name. */
  labels?: Readonly<Record<string, string>>;
  /** Fields already shown next to their control, left out of the summary. */
  exclude?: readonly string[];
}

/** A summary of the field errors of a 400 problem+json, as a list at the top of a form. */
export function FieldErrors({ error, labels = {}, exclude = [] }: FieldErrorsProps) {
  const { t } = useTranslation();
  if (!isApiError(error)) return null;
  const fields = Object.keys(error.fieldErrors).filter((field) => !exclude.includes(field));
  if (fields.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert">
      <p>{t('common.fieldErrorsTitle')}</p>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            {labels[field] ?? field} : {error.fieldError(field)}
          </li>
        ))}
      </ul>
    </div>
  );
}
