import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import { Button } from './Button';

export interface ErrorAlertProps {
  error: unknown;
  /** Shows a "Réessayer" button (e.g. a query's refetch). */
  onRetry?: () => void;
  /** Shows a "Recharger" button for a stale edit (412): reload the current version. */
  onReload?: () => void;
}

/** An API failure in French, announced to screen readers; the rule refused is cited when known. */
export function ErrorAlert({ error, onRetry, onReload }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : t('problem.server');
  return (
    <div role="alert" className="alert alert--error">
      <p>{message}</p>
      {isApiError(error) && error.ruleText && <p className="alert__rule">{error.ruleText}</p>}
      {(onRetry || onReload) && (
        <p className="alert__actions">
          {onReload && isApiError(error) && error.kind === 'stale' && (
            <Button variant="secondary" onClick={onReload}>
              {t('common.reload')}
            </Button>
          )}
          {onRetry && (
            <Button variant="secondary" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
        </p>
      )}
    </div>
  );
}
