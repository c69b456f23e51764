import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import { articleText, ruleOf } from './rules';

/**
 * A refused call shown next to the action or field it concerns: the rule in French with its
 * article when the API cites one (409 `rule`), otherwise the API layer's French message and the
 * field messages not already shown next to their field (`shownFields`).
 */
export function ActionError({ error, id, shownFields = [] }: { error: unknown; id?: string; shownFields?: readonly string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const rule = ruleOf(error);
  if (rule) {
    return (
      <div role="alert" id={id} className="alert alert--error action-error">
        <p>{rule.message}</p>
        <p className="action-error__article">
          {rule.article ? articleText(rule.article) : t('groupements.rules.named', { rule: rule.rule })}
        </p>
      </div>
    );
  }
  const fields = isApiError(error) ? Object.keys(error.fieldErrors).filter((field) => !shownFields.includes(field)) : [];
  return (
    <div role="alert" id={id} className="alert alert--error action-error">
      <p>{isApiError(error) ? error.message : t('problem.server')}</p>
      {isApiError(error) && fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={field}>{error.fieldError(field)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
