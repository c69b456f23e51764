import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { useSuggestions } from './api';
import type { PartnerCandidate, TargetLot } from './model';
import { useWorkspace } from './workspace';

/** Why a suggested partner fits the lot, from what the catalogue says about it. */
function reasons(candidate: PartnerCandidate, lot: TargetLot | undefined, t: (key: string, options?: Record<string, unknown>) => string): string[] {
  const lines: string[] = [];
  if (lot?.reservation && lot.reservation !== 'NONE') {
    lines.push(t('groupements.suggestions.whyReservation', { kinds: (candidate.kinds ?? []).join(', ') }));
  }
  const group = lot?.cpv?.slice(0, 3);
  const codes = (candidate.activities ?? []).flatMap((a) => a.cpvCodes ?? []).filter((code) => !group || code.startsWith(group));
  if (codes.length > 0) lines.push(t('groupements.suggestions.whyActivity', { codes: [...new Set(codes)].slice(0, 3).join(', ') }));
  const ranges = new Set((candidate.activities ?? []).map((a) => a.rangeKind ?? ''));
  if (ranges.has('COUNTRY')) lines.push(t('groupements.suggestions.whyCountry'));
  else if (candidate.department) lines.push(t('groupements.suggestions.whyPlace', { department: candidate.department }));
  return lines;
}

/** Partners for the lots nobody performs yet (search may be away: the workspace goes on without). */
export function Suggestions({ canInvite }: { canInvite: boolean }) {
  const { t } = useTranslation();
  const { groupement, setInviteDraft } = useWorkspace();
  const query = useSuggestions(groupement.id, groupement.uncoveredLots ?? []);
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (
    <section aria-labelledby="suggestions-title" className="suggestions">
      <h3 id="suggestions-title">{t('groupements.suggestions.title')}</h3>
      {query.isPending && <Loading label={t('groupements.suggestions.loading')} />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && !query.data.available && <p className="alert alert--info">{t('groupements.suggestions.unavailable')}</p>}
      {query.data?.available &&
        (query.data.lots ?? []).map((lotSuggestions) => {
          const lot = groupement.lots?.find((l) => l.number === lotSuggestions.lotNumber);
          const candidates = lotSuggestions.suggestions ?? [];
          return (
            <div key={lotSuggestions.lotNumber} className="suggestions__lot">
              <h4>{t('groupements.suggestions.forLot', { number: lotSuggestions.lotNumber, title: lotSuggestions.title ?? lot?.title ?? '' })}</h4>
              {candidates.length === 0 ? (
                <p>{t('groupements.suggestions.none')}</p>
              ) : (
                <ul className="suggestions__list">
                  {candidates.map((candidate) => (
                    <li key={candidate.supplierId} className="suggestion">
                      <p className="suggestion__name">
                        <Link to={`/fournisseurs/${candidate.supplierId}`}>{candidate.legalName}</Link>
                        {candidate.kinds && candidate.kinds.length > 0 && <span> — {candidate.kinds.join(', ')}</span>}
                      </p>
                      <ul className="suggestion__why" aria-label={t('groupements.suggestions.why', { name: candidate.legalName })}>
                        {reasons(candidate, lot, translate).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                      {canInvite && (
                        <Button
                          variant="secondary"
                          aria-label={t('groupements.suggestions.inviteNamed', { name: candidate.legalName, number: lotSuggestions.lotNumber })}
                          onClick={() =>
                            setInviteDraft({ supplierId: candidate.supplierId, legalName: candidate.legalName, lots: [lotSuggestions.lotNumber] })
                          }
                        >
                          {t('groupements.suggestions.invite')}
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
    </section>
  );
}
