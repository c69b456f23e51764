import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { tendersApi, unwrap } from '@/api/client';
import type { components } from '@/api/generated/tenders';
import { Badge } from '@/components/Badge';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LoadedPage } from '@/components/LoadedPage';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { Pagination, usePageParam } from '@/components/Pagination';
import { TenderSupplierActions } from '@/features/bids/TenderSupplierActions';
import { useCpvLabels } from '@/features/reference/cpvLabels';
import { isReserved, reservationLabel, reservationMeaning } from '@/features/reference/reservations';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatTimeLeft } from '@/i18n/format';
import '@/features/search/search.css';

type Tender = components['schemas']['TenderResponse'];
type Lot = components['schemas']['LotResponse'];

const QUESTIONS_PER_PAGE = 20;

/** `/appels-offres/:id`: everything public about a tender, and the supplier's and groupement's actions on it. */
export default function TenderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const tender = useQuery({
    queryKey: ['tenders', id],
    queryFn: ({ signal }) => unwrap(tendersApi.GET('/api/v1/tenders/{id}', { params: { path: { id } }, signal })),
  });

  return (
    <LoadedPage query={tender} title={t('tenders.detail.title')} back={{ to: '/appels-offres', label: t('tenders.detail.backToSearch') }}>
      {(data) => <TenderDetail tender={data} />}
    </LoadedPage>
  );
}

function TenderDetail({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const lots = tender.lots ?? [];
  const cpvLabels = useCpvLabels([...(tender.cpvCodes ?? []), ...lots.map((lot) => lot.cpv ?? '')]);
  const open = tender.status === 'PUBLISHED';
  const id = tender.id ?? '';
  return (
    <Page title={tender.title ?? t('tenders.detail.title')}>
      <p className="tender-summary">
        <Badge tone={open ? 'success' : 'neutral'}>{t(`tenders.status.${(tender.status ?? 'PUBLISHED') as 'PUBLISHED'}`)}</Badge>
        {tender.kind && <span>{t(`tenders.kind.${tender.kind}`)}</span>}
        {tender.procedure && <span>{t(`tenders.procedure.${tender.procedure}`)}</span>}
      </p>

      <dl className="facts">
        <Fact term={t('tenders.detail.buyer')}>{t('tenders.detail.buyerSiret', { siret: tender.buyerSiret })}</Fact>
        {tender.deadline && (
          <Fact term={t('tenders.detail.deadline')}>
            {formatDateTime(tender.deadline)} — <strong>{formatTimeLeft(tender.deadline)}</strong>
          </Fact>
        )}
        {tender.status === 'PLANNED' && tender.expectedPublication && <Fact term={t('tenders.detail.expectedPublication')}>{formatDate(tender.expectedPublication)}</Fact>}
        {tender.estimatedValue != null && <Fact term={t('tenders.detail.estimatedValue')}>{formatMoney(tender.estimatedValue)}</Fact>}
        {tender.place && <Fact term={t('tenders.detail.place')}><PlaceText place={tender.place} /></Fact>}
        {(tender.cpvCodes ?? []).length > 0 && (
          <Fact term={t('tenders.detail.cpv')}>
            <ul className="plain-list">
              {(tender.cpvCodes ?? []).map((code) => (
                <li key={code}>{cpvText(code, cpvLabels[code])}</li>
              ))}
            </ul>
          </Fact>
        )}
        {tender.publishedAt && <Fact term={t('tenders.detail.publishedAt')}>{formatDate(tender.publishedAt)}</Fact>}
      </dl>

      {/* What a signed-in supplier does on a tender: answer alone, form a groupement, say its interest, ask. */}
      <div className="tender-actions">
        <TenderSupplierActions tender={tender} />
      </div>

      {tender.description && (
        <section aria-labelledby="tender-description">
          <h2 id="tender-description">{t('tenders.detail.description')}</h2>
          <p className="prose">{tender.description}</p>
        </section>
      )}

      <section aria-labelledby="tender-lots">
        <h2 id="tender-lots">{t('tenders.detail.lots', { count: lots.length })}</h2>
        {lots.length === 0 && <p>{tender.noLotsJustification ? t('tenders.detail.noLotsWhy', { why: tender.noLotsJustification }) : t('tenders.detail.noLots')}</p>}
        <ul className="lot-list">
          {lots.map((lot) => (
            <li key={lot.number}>
              <LotCard lot={lot} cpvLabel={lot.cpv ? cpvLabels[lot.cpv] : undefined} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tender-clauses">
        <h2 id="tender-clauses">{t('tenders.detail.clauses')}</h2>
        <h3>{t('tenders.detail.socialClause')}</h3>
        {tender.socialClause ? (
          <p>
            {t('tenders.detail.insertionHours', { count: tender.socialClause.insertionHours ?? 0, formatted: formatNumber(tender.socialClause.insertionHours ?? 0) })}
            {tender.socialClause.description && <> {tender.socialClause.description}</>}
          </p>
        ) : (
          <p>{t('tenders.detail.noSocialClause')}</p>
        )}
        <h3>{t('tenders.detail.environmentalClause')}</h3>
        <p>{tender.environmentalClause || t('tenders.detail.noEnvironmentalClause')}</p>
      </section>

      <section aria-labelledby="tender-criteria">
        <h2 id="tender-criteria">{t('tenders.detail.criteria')}</h2>
        {(tender.awardCriteria ?? []).length > 0 ? (
          <table className="table">
            <caption className="visually-hidden">{t('tenders.detail.criteria')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tenders.detail.criterion')}</th>
                <th scope="col">{t('tenders.detail.weight')}</th>
              </tr>
            </thead>
            <tbody>
              {(tender.awardCriteria ?? []).map((criterion) => (
                <tr key={criterion.name}>
                  <td>{criterion.name}</td>
                  <td>{t('tenders.detail.percent', { value: criterion.weight })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('tenders.detail.noCriteria')}</p>
        )}
      </section>

      <section aria-labelledby="tender-rules">
        <h2 id="tender-rules">{t('tenders.detail.rules')}</h2>
        <ul>
          <li>{tender.lotLimits?.maxLotsPerBidder != null ? t('tenders.detail.maxLots', { count: tender.lotLimits.maxLotsPerBidder }) : t('tenders.detail.noMaxLots')}</li>
          <li>{tender.lotLimits?.maxLotsAwardedPerBidder != null ? t('tenders.detail.maxAwarded', { count: tender.lotLimits.maxLotsAwardedPerBidder }) : t('tenders.detail.noMaxAwarded')}</li>
          <li>{tender.consortiumPolicy?.forbidAloneAndInGroupement ? t('tenders.detail.forbidAloneAndInGroupement') : t('tenders.detail.allowAloneAndInGroupement')}</li>
          <li>{tender.consortiumPolicy?.forbidSeveralGroupements ? t('tenders.detail.forbidSeveralGroupements') : t('tenders.detail.allowSeveralGroupements')}</li>
        </ul>
      </section>

      <TenderDocuments tenderId={id} />
      <TenderQuestions tenderId={id} />

      <section aria-labelledby="tender-opendata">
        <h2 id="tender-opendata">{t('tenders.detail.openData')}</h2>
        <p>
          <a href={`/api/v1/tenders/${encodeURIComponent(id)}/ocds`} type="application/json">
            {t('tenders.detail.ocds')}
          </a>
        </p>
      </section>
    </Page>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function cpvText(code: string, label: string | undefined): string {
  return label ? `${code} — ${label}` : code;
}

function PlaceText({ place }: { place: NonNullable<Tender['place']> }) {
  const { t } = useTranslation();
  if (place.scope === 'NATIONWIDE') return <>{t('tenders.place.nationwide')}</>;
  if (place.scope === 'REGION') return <>{t('tenders.place.region', { code: place.regionCode ?? '' })}</>;
  const codes = place.departmentCodes ?? [];
  return <>{t('tenders.place.departments', { count: codes.length, codes: codes.join(', ') })}</>;
}

function LotCard({ lot, cpvLabel }: { lot: Lot; cpvLabel: string | undefined }) {
  const { t } = useTranslation();
  const reservation = lot.reservation;
  return (
    <article className="lot">
      <h3 className="lot__title">{t('tenders.detail.lotTitle', { number: lot.number, title: lot.title ?? '' })}</h3>
      <dl className="facts">
        {lot.cpv && <Fact term={t('tenders.detail.cpv')}>{cpvText(lot.cpv, cpvLabel)}</Fact>}
        {lot.estimatedValue != null && <Fact term={t('tenders.detail.estimatedValue')}>{formatMoney(lot.estimatedValue)}</Fact>}
        <Fact term={t('tenders.detail.reservation')}>
          {isReserved(reservation) ? (
            <>
              <Badge tone="info">{reservationLabel(reservation)}</Badge>
              <span className="lot__meaning">{reservationMeaning(reservation)}</span>
            </>
          ) : (
            t('tenders.detail.notReserved')
          )}
        </Fact>
      </dl>
    </article>
  );
}

function TenderDocuments({ tenderId }: { tenderId: string }) {
  const { t } = useTranslation();
  const documents = useQuery({
    queryKey: ['tenders', tenderId, 'documents'],
    queryFn: ({ signal }) => unwrap(tendersApi.GET('/api/v1/tenders/{tenderId}/documents', { params: { path: { tenderId } }, signal })),
  });
  return (
    <section aria-labelledby="tender-documents">
      <h2 id="tender-documents">{t('tenders.detail.documents')}</h2>
      {documents.isPending && <Loading />}
      {documents.isError && <ErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />}
      {documents.data && documents.data.length === 0 && <EmptyState title={t('tenders.detail.noDocuments')} />}
      {documents.data && documents.data.length > 0 && (
        <ul className="document-list">
          {documents.data.map((document) => (
            <li key={document.id}>
              <a href={`/api/v1/tenders/${encodeURIComponent(tenderId)}/documents/${encodeURIComponent(document.id ?? '')}`} download={document.fileName}>
                {t('tenders.detail.download', { name: document.fileName ?? '' })}
              </a>{' '}
              <span className="muted">{t('tenders.detail.documentMeta', { size: fileSize(document.size ?? 0), date: document.uploadedAt ? formatDate(document.uploadedAt) : '' })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

function TenderQuestions({ tenderId }: { tenderId: string }) {
  const { t } = useTranslation();
  // The detail page's only list that pages: `?page=` in its URL is the questions' page.
  const page = usePageParam();
  const questions = useQuery({
    queryKey: ['tenders', tenderId, 'questions', page],
    queryFn: ({ signal }) =>
      unwrap(tendersApi.GET('/api/v1/tenders/{tenderId}/questions', { params: { path: { tenderId }, query: { page: page - 1, size: QUESTIONS_PER_PAGE } }, signal })),
  });
  const list = questions.data?.content ?? [];
  return (
    <section aria-labelledby="tender-questions">
      <h2 id="tender-questions">{t('tenders.detail.questions')}</h2>
      {questions.isPending && <Loading />}
      {questions.isError && <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />}
      {questions.isSuccess && list.length === 0 && <EmptyState title={t('tenders.detail.noQuestions')} />}
      {list.length > 0 && (
        <ul className="qa-list">
          {list.map((question) => (
            <li key={question.id} className="qa">
              <p className="qa__question">
                <strong>{t('tenders.detail.question')}</strong> {question.text}
                {question.askedByYou && <> <Badge>{t('tenders.detail.askedByYou')}</Badge></>}
              </p>
              <p className="qa__answer">
                <strong>{t('tenders.detail.answer')}</strong> {question.answer ?? t('tenders.detail.notAnswered')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {questions.data && <Pagination page={page} pages={questions.data.totalPages ?? 0} />}
    </section>
  );
}
