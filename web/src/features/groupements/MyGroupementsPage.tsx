import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/Badge';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { Pagination, usePageParam } from '@/components/Pagination';
import { useMyGroupements, useMySuppliers } from './api';
import { formatLots } from './format';
import type { GroupementSummary } from './model';
import './groupements.css';

type MyRole = 'LEAD' | 'MEMBER' | 'SUBCONTRACTOR' | 'INVITED';

/** The user's place in a groupement: what the API says (`mine`), else whether one of their structures leads. */
function myRole(summary: GroupementSummary, mySupplierIds: ReadonlySet<string>): MyRole | undefined {
  const places = summary.mine ?? [];
  if (places.some((p) => p.role === 'LEAD')) return 'LEAD';
  if (places.some((p) => p.status === 'INVITED')) return 'INVITED';
  const accepted = places.find((p) => p.status === 'ACCEPTED');
  if (accepted) return accepted.role;
  return summary.leadSupplierId && mySupplierIds.has(summary.leadSupplierId) ? 'LEAD' : undefined;
}

function GroupementLine({ summary, role }: { summary: GroupementSummary; role: MyRole | undefined }) {
  const { t } = useTranslation();
  return (
    <li className="card groupement-line">
      <h3 className="card__title">
        <Link to={`/groupements/${summary.id}`}>{summary.tenderTitle ?? t('groupements.workspace.title')}</Link>
      </h3>
      <p className="card__meta">
        {role && <Badge tone={role === 'INVITED' ? 'warning' : 'info'}>{t(`groupements.myRole.${role}`)}</Badge>}{' '}
        <Badge tone={summary.status === 'SUBMITTED' ? 'success' : 'neutral'}>{t(`groupements.status.${summary.status}`)}</Badge>
        {summary.form && ` ${t(`groupements.form.${summary.form}.label`)}`}
        {summary.lots && summary.lots.length > 0 && ` — ${t('groupements.mine.lots', { lots: formatLots(summary.lots) })}`}
      </p>
    </li>
  );
}

/** `/groupements`: the invitations waiting for the user's answer first, then their groupements. */
export default function MyGroupementsPage() {
  const { t } = useTranslation();
  const page = usePageParam();
  const query = useMyGroupements(page - 1);
  const suppliers = useMySuppliers();
  const mySupplierIds = new Set((suppliers.data?.content ?? []).flatMap((s) => (s.id ? [s.id] : [])));
  const lines = (query.data?.content ?? []).map((summary) => ({ summary, role: myRole(summary, mySupplierIds) }));
  const invitations = lines.filter((line) => line.role === 'INVITED');
  const others = lines.filter((line) => line.role !== 'INVITED');
  return (
    <Page
      title={t('groupements.mine.title')}
      actions={
        <Link to="/appels-offres" className="button button--secondary">
          {t('groupements.mine.findTender')}
        </Link>
      }
    >
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && lines.length === 0 && (
        <EmptyState title={t('groupements.mine.empty')}>
          <p>{t('groupements.mine.emptyHint')}</p>
        </EmptyState>
      )}
      {invitations.length > 0 && (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('groupements.mine.invitations', { count: invitations.length })}</h2>
          <ul className="groupement-list">
            {invitations.map(({ summary, role }) => (
              <GroupementLine key={summary.id} summary={summary} role={role} />
            ))}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="groupements-title">
          <h2 id="groupements-title">{t('groupements.mine.list')}</h2>
          <ul className="groupement-list">
            {others.map(({ summary, role }) => (
              <GroupementLine key={summary.id} summary={summary} role={role} />
            ))}
          </ul>
        </section>
      )}
      {query.data && <Pagination page={page} pages={query.data.totalPages} />}
    </Page>
  );
}
