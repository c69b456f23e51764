import { useTranslation } from 'react-i18next';

/** Visible progress for a slow call, announced politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite" aria-busy="true">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}
