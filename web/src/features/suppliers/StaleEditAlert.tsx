import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { Loading } from '@/components/Loading';
import { useSession } from '@/features/auth/session';
import { useAudit } from './api';
import { describeChanges, newerEntries } from './staleEdit';

/**
 * Someone saved the profile after this form was loaded (412): who changed what, from the audit
 * log, and a way to reload. The user's edits are kept on screen, never written over the newer version.
 */
export function StaleEditAlert({ supplierId, seenLength, onReload }: { supplierId: string; seenLength: number; onReload: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const audit = useAudit(supplierId, true);
  const changes = audit.data ? describeChanges(newerEntries(audit.data, seenLength), user?.userId, t) : [];
  return (
    <div role="alert" className="alert alert--error">
      <p>{t('suppliers.stale.title')}</p>
      {audit.isPending && <Loading />}
      {changes.length > 0 && (
        <ul>
          {changes.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      )}
      <p>{t('suppliers.stale.advice')}</p>
      <p className="alert__actions">
        <Button variant="secondary" onClick={onReload}>
          {t('suppliers.stale.reload')}
        </Button>
      </p>
    </div>
  );
}
