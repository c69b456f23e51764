import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/features/auth/session';

/**
 * "Former un groupement" on a tender's page: for signed-in suppliers, while the tender is PUBLISHED
 * and its deadline has not passed (groupements form only then).
 */
export function FormGroupementAction({ tender }: { tender: { id?: string; status?: string; deadline?: string | null } }) {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const open = tender.status === 'PUBLISHED' && (!tender.deadline || new Date(tender.deadline).getTime() > Date.now());
  if (!open || !tender.id || !hasRole('supplier')) return null;
  return (
    <Link to={`/groupements/nouveau?appel=${encodeURIComponent(tender.id)}`} className="button button--secondary">
      {t('groupements.action.form')}
    </Link>
  );
}
