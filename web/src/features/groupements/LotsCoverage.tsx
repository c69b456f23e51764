import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/Badge';
import { formatShare } from './format';
import { Suggestions } from './Suggestions';
import { concerned, memberName, useWorkspace } from './workspace';

/**
 * Lot by lot: who performs it (members, their work, their share), and the lots no accepted
 * cotraitant performs yet, highlighted, with partners suggested for them.
 */
export function LotsCoverage() {
  const { t } = useTranslation();
  const { groupement, isLead, forming } = useWorkspace();
  const uncovered = new Set(groupement.uncoveredLots ?? []);
  const members = concerned(groupement.members);
  return (
    <section aria-labelledby="lots-title" className="workspace-section">
      <h2 id="lots-title">{t('groupements.lots.title')}</h2>
      {(groupement.lots ?? []).map((lot) => {
        const performing = members.filter((m) => (m.lots ?? []).includes(lot.number));
        const isUncovered = uncovered.has(lot.number);
        const captionId = `lot-${lot.number}-caption`;
        return (
          <div key={lot.number} className={isUncovered ? 'lot-coverage lot-coverage--uncovered' : 'lot-coverage'}>
            <h3 id={captionId}>
              {t('groupements.lots.lot', { number: lot.number, title: lot.title ?? '' })}{' '}
              {lot.reservation && lot.reservation !== 'NONE' && (
                <Badge tone="info">{t(`groupements.reservation.${lot.reservation}`, { defaultValue: lot.reservation })}</Badge>
              )}{' '}
              {isUncovered ? <Badge tone="warning">{t('groupements.lots.uncovered')}</Badge> : <Badge tone="success">{t('groupements.lots.covered')}</Badge>}
            </h3>
            {performing.length > 0 ? (
              /* A table wider than a phone scrolls: keyboard users must reach it to scroll it too. */
              <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
                <table className="lot-table" aria-labelledby={captionId}>
                  <thead>
                    <tr>
                      <th scope="col">{t('groupements.lots.member')}</th>
                      <th scope="col">{t('groupements.lots.role')}</th>
                      <th scope="col">{t('groupements.lots.work')}</th>
                      <th scope="col">{t('groupements.lots.share')}</th>
                      <th scope="col">{t('groupements.lots.memberStatus')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {performing.map((member) => (
                      <tr key={member.supplierId}>
                        <th scope="row">{memberName(member)}</th>
                        <td>{t(`groupements.role.${member.role}`)}</td>
                        <td>{member.work || '—'}</td>
                        <td>{formatShare(member.share)}</td>
                        <td>
                          {t(`groupements.invite.${member.status}`)}
                          {member.status === 'ACCEPTED' && !member.habilitationGranted && ` — ${t('groupements.lots.noHabilitation')}`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>{t('groupements.lots.nobody')}</p>
            )}
            {isUncovered && <p className="lot-coverage__hint">{t('groupements.lots.uncoveredHint')}</p>}
          </div>
        );
      })}
      {uncovered.size > 0 && forming && <Suggestions canInvite={isLead} />}
    </section>
  );
}
