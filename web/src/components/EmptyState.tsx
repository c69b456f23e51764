import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function EmptyState({ title, children }: { title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title ?? t('common.empty')}</p>
      {children}
    </div>
  );
}
