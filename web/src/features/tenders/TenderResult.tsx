import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '@/api/generated/search';
import { Badge } from '@/components/Badge';
import { Highlighted } from '@/components/Highlighted';
import { isReserved, reservationLabel } from '@/features/reference/reservations';
import { formatDateTime, formatMoney, formatTimeLeft } from '@/i18n/format';

type TenderHit = components['schemas']['TenderHit'];

/** One tender of a search: its title as a link, buyer, deadline and time left, reservations, highlights. */
export function TenderResult({ tender, headingLevel = 3 }: { tender: TenderHit; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const titleFragment = tender.highlights?.title?.[0];
  const excerpts = [...(tender.highlights?.description ?? []), ...(tender.highlights?.lotTitles ?? [])];
  const reservations = (tender.reservations ?? []).filter(isReserved);
  return (
    <article className="result">
      <Heading className="result__title">
        <Link to={`/appels-offres/${encodeURIComponent(tender.id ?? '')}`}>{titleFragment ? <Highlighted fragment={titleFragment} /> : tender.title}</Link>
      </Heading>
      <p className="result__meta">
        {tender.buyerName && <span>{tender.buyerName}</span>}
        {tender.status && <Badge tone={tender.status === 'PUBLISHED' ? 'success' : 'neutral'}>{t(`tenders.status.${tender.status as 'PUBLISHED'}`)}</Badge>}
        {tender.deadline && (
          <span>
            {t('tenders.deadlineShort', { date: formatDateTime(tender.deadline) })}
            {tender.status === 'PUBLISHED' && <> ({formatTimeLeft(tender.deadline)})</>}
          </span>
        )}
        {tender.estimatedValue != null && <span>{t('tenders.estimatedValue', { amount: formatMoney(tender.estimatedValue) })}</span>}
      </p>
      {(reservations.length > 0 || tender.socialClause) && (
        <p className="result__badges">
          {reservations.map((reservation) => (
            <Badge key={reservation} tone="info">
              {reservationLabel(reservation)}
            </Badge>
          ))}
          {tender.socialClause && <Badge tone="info">{t('tenders.socialClauseBadge')}</Badge>}
        </p>
      )}
      {excerpts.length > 0 ? (
        <p className="result__excerpt">
          {excerpts.slice(0, 2).map((fragment, index) => (
            <span key={index}>
              {index > 0 && ' … '}
              <Highlighted fragment={fragment} />
            </span>
          ))}
        </p>
      ) : (
        tender.description && <p className="result__excerpt">{truncate(tender.description, 220)}</p>
      )}
    </article>
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length)).trimEnd()} …`;
}
