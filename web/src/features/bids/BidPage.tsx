import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { useMyVerifiedSuppliers } from '@/features/suppliers/api';
import { formatDateTime, formatTimeLeft } from '@/i18n/format';
import { isOpenForBids, useMyBids, useTender } from './api';
import { BidForm } from './BidForm';
import { MyBid } from './MyBid';
import '@/features/suppliers/supplier-journey.css';

/** `/appels-offres/:id/offre`: bid alone on a tender, or see my bid, its documents and outcome. */
export default function BidPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const tender = useTender(id);
  const bids = useMyBids(id);
  const structures = useMyVerifiedSuppliers();

  if (tender.isPending || bids.isPending || structures.isPending) return <Loading />;
  const error = tender.error ?? bids.error ?? structures.error;
  if (error || !tender.data) return <ErrorAlert error={error} onRetry={() => void tender.refetch()} />;
  const data = tender.data;
  const myBids = (bids.data ?? []).filter((bid) => !bid.consortiumId);
  const current = myBids.find((bid) => bid.status !== 'WITHDRAWN');
  const withdrawn = myBids.filter((bid) => bid.status === 'WITHDRAWN');
  const open = isOpenForBids(data);

  return (
    <Page title={t('bids.title')}>
      <p>
        <Link to={`/appels-offres/${id}`}>{data.title}</Link>
      </p>
      {data.deadline && (
        <p>
          {t('bids.deadline', { date: formatDateTime(data.deadline) })} — {formatTimeLeft(data.deadline)}
        </p>
      )}
      {current && <MyBid tender={data} bid={current} />}
      {!current && open && structures.verified.length > 0 && <BidForm tender={data} structures={structures.verified} />}
      {!current && open && structures.verified.length === 0 && (
        <EmptyState title={t('bids.noVerifiedStructure')}>
          <p>
            <Link to="/mes-structures">{t('bids.toMyStructures')}</Link>
          </p>
        </EmptyState>
      )}
      {!current && !open && <p>{t('bids.closed')}</p>}
      {withdrawn.length > 0 && (
        <p>{t('bids.withdrawnCount', { count: withdrawn.length })}</p>
      )}
    </Page>
  );
}
