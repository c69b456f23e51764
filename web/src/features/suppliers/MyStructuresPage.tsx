import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '@/components/Card';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { useMySuppliers } from './api';
import { StatusBadge } from './StatusBadge';
import './supplier-journey.css';

/** `/mes-structures`: the structures I act for, with where each stands (and why, when refused). */
export default function MyStructuresPage() {
  const { t } = useTranslation();
  const mine = useMySuppliers();
  const suppliers = mine.data?.content ?? [];
  return (
    <Page
      title={t('suppliers.mine.title')}
      actions={
        <Link className="button button--primary" to="/mes-structures/nouvelle">
          {t('suppliers.mine.register')}
        </Link>
      }
    >
      {mine.isPending && <Loading />}
      {mine.error && <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.isSuccess && suppliers.length === 0 && (
        <EmptyState title={t('suppliers.mine.empty')}>
          <p>{t('suppliers.mine.emptyHint')}</p>
        </EmptyState>
      )}
      <ul className="plain-list">
        {suppliers.map((supplier) => (
          <li key={supplier.id}>
            <Card
              title={<Link to={`/mes-structures/${supplier.id}`}>{supplier.profile?.legalName}</Link>}
              meta={
                <>
                  <StatusBadge status={supplier.status} /> {t('suppliers.mine.siret', { siret: supplier.siret })}
                </>
              }
            >
              {supplier.status === 'PENDING' && <p>{t('suppliers.mine.pendingHint')}</p>}
              {(supplier.status === 'REJECTED' || supplier.status === 'DELISTED') && supplier.statusReason && (
                <p>{t('suppliers.mine.reason', { reason: supplier.statusReason })}</p>
              )}
              {supplier.status === 'VERIFIED' && (
                <p>
                  <Link to={`/fournisseurs/${supplier.id}`}>{t('suppliers.mine.publicProfile')}</Link>
                </p>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
