import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consortiaApi, unwrap } from '@/api/client';
import { Button } from '@/components/Button';
import { Checkbox } from '@/components/Checkbox';
import { ActionError } from './ActionError';
import { formatLots, formatShare } from './format';
import type { Member } from './model';
import { useWorkspaceWrite } from './useWorkspaceWrite';
import { memberName, useWorkspace } from './workspace';

interface AnswerVars {
  accept: boolean;
  grantHabilitation: boolean;
}

/**
 * An invitation waiting for the user's answer: what the lead proposes (lots, work, share when the
 * API shows them) and accept — with the habilitation that lets the mandataire sign for the
 * structure — or decline.
 */
export function InvitationAnswer({ member }: { member: Member }) {
  const { t } = useTranslation();
  const { groupement } = useWorkspace();
  const [habilitation, setHabilitation] = useState(false);
  const answer = useWorkspaceWrite(({ accept, grantHabilitation }: AnswerVars, headers, id) =>
    unwrap(
      consortiaApi.POST('/api/v1/consortia/{id}/members/{supplierId}/answer', {
        params: { path: { id, supplierId: member.supplierId }, header: headers },
        body: { accept, grantHabilitation },
      }),
    ),
  );
  const lead = (groupement.members ?? []).find((m) => m.role === 'LEAD' && m.status === 'ACCEPTED');
  const titleId = `invitation-${member.supplierId}`;
  return (
    <section className="workspace-section invitation" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('groupements.answer.title', { name: memberName(member) })}</h2>
      <p>
        {lead
          ? t('groupements.answer.fromLead', { lead: memberName(lead), tender: groupement.tenderTitle ?? '' })
          : t('groupements.answer.generic', { tender: groupement.tenderTitle ?? '' })}
      </p>
      <ul>
        <li>{t(`groupements.role.${member.role}`)}</li>
        {member.lots && member.lots.length > 0 && <li>{t('groupements.answer.lots', { lots: formatLots(member.lots) })}</li>}
        {member.work && <li>{t('groupements.answer.work', { work: member.work })}</li>}
        {member.share !== undefined && member.share !== null && (
          <li>{t('groupements.answer.share', { share: formatShare(member.share) })}</li>
        )}
      </ul>
      <Checkbox
        label={t('groupements.answer.habilitation')}
        hint={t('groupements.answer.habilitationHint')}
        checked={habilitation}
        onChange={(event) => setHabilitation(event.target.checked)}
      />
      <div className="button-row">
        <Button busy={answer.isPending} onClick={() => answer.mutate({ accept: true, grantHabilitation: habilitation })}>
          {t('groupements.answer.accept')}
        </Button>
        <Button variant="secondary" busy={answer.isPending} onClick={() => answer.mutate({ accept: false, grantHabilitation: false })}>
          {t('groupements.answer.decline')}
        </Button>
      </div>
      <ActionError error={answer.error} />
    </section>
  );
}
