import { useTranslation } from 'react-i18next';
import { formatShare } from './format';
import type { SharesTotal } from './shares';

/**
 * The total of the shares against the 100 % the joint bid needs, updated as the lead types: a bar
 * for the eye and a sentence read out politely by screen readers.
 */
export function SharesMeter({ shares, label }: { shares: SharesTotal; label?: string }) {
  const { t } = useTranslation();
  const sentence =
    shares.state === 'empty'
      ? t('groupements.shares.empty')
      : shares.state === 'reached'
        ? t('groupements.shares.reached')
        : shares.state === 'over'
          ? t('groupements.shares.over', { total: formatShare(shares.total), excess: formatShare(-shares.missing) })
          : t('groupements.shares.under', { total: formatShare(shares.total), missing: formatShare(shares.missing) });
  return (
    <div className={`shares-meter shares-meter--${shares.state}`}>
      <p className="shares-meter__label">
        {label ?? t('groupements.shares.label')}
      </p>
      <div className="shares-meter__track" aria-hidden="true">
        <div className="shares-meter__fill" style={{ width: `${Math.min(100, shares.total)}%` }} />
      </div>
      <p role="status" aria-live="polite" className="shares-meter__text">
        {sentence}
        {shares.invalid > 0 && ` ${t('groupements.shares.invalid', { count: shares.invalid })}`}
      </p>
    </div>
  );
}
