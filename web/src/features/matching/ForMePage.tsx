import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchApi, unwrap } from '@/api/client';
import { Badge } from '@/components/Badge';
import { Card } from '@/components/Card';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { useMyVerifiedSuppliers, useMySuppliers } from '@/features/suppliers/api';
import { formatDateTime, formatTimeLeft } from '@/i18n/format';
import '@/features/suppliers/supplier-journey.css';

function MatchingTenders({ supplierId, name }: { supplierId: string; name: string }) {
  const { t } = useTranslation();
  const matching = useQuery({
    queryKey: ['matching-tenders', supplierId],
    queryFn: () =>
      unwrap(
        searchApi.GET('/api/v1/search/suppliers/{supplierId}/matching-tenders', {
          params: { path: { supplierId }, query: { size: 50 } },
        }),
      ),
  });
  const tenders = matching.data?.content ?? [];
  const headingId = `matching-${supplierId}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('forMe.forStructure', { name })}</h2>
      {matching.isPending && <Loading />}
      {matching.error && <ErrorAlert error={matching.error} onRetry={() => void matching.refetch()} />}
      {matching.isSuccess && tenders.length === 0 && <EmptyState title={t('forMe.none')} />}
      {matching.isSuccess && tenders.length > 0 && (
        <p>{t('forMe.count', { count: matching.data.totalElements ?? tenders.length })}</p>
      )}
      <ul className="plain-list">
        {tenders.map((tender) => (
          <li key={tender.id}>
            <Card
              level={3}
              title={<Link to={`/appels-offres/${tender.id}`}>{tender.title}</Link>}
              meta={
                tender.deadline ? (
                  <>
                    {t('forMe.deadline', { date: formatDateTime(tender.deadline) })}{' '}
                    <Badge tone="info">{formatTimeLeft(tender.deadline)}</Badge>
                  </>
                ) : undefined
              }
            >
              {tender.buyerName && <p>{tender.buyerName}</p>}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `/pour-moi`: the open tenders each of my VERIFIED structures' activities concern. */
export default function ForMePage() {
  const { t } = useTranslation();
  const mine = useMySuppliers();
  const { verified } = useMyVerifiedSuppliers();
  return (
    <Page title={t('forMe.title')}>
      <p>{t('forMe.intro')}</p>
      {mine.isPending && <Loading />}
      {mine.error && <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.isSuccess && verified.length === 0 && (
        <EmptyState title={t('forMe.noVerified')}>
          <p>
            <Link to="/mes-structures">{t('forMe.toMyStructures')}</Link>
          </p>
        </EmptyState>
      )}
      {verified.map((supplier) => (
        <MatchingTenders key={supplier.id} supplierId={supplier.id ?? ''} name={supplier.profile?.legalName ?? ''} />
      ))}
    </Page>
  );
}
