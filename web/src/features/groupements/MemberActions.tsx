import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consortiaApi, unwrap } from '@/api/client';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { Select } from '@/components/Select';
import { ActionError } from './ActionError';
import { formatLots, formatShare } from './format';
import type { Member } from './model';
import { ScopeFields, type Scope } from './ScopeFields';
import { SharesMeter } from './SharesMeter';
import { shareForApi, sumShares } from './shares';
import { useWorkspaceWrite } from './useWorkspaceWrite';
import { concerned, memberName, useWorkspace } from './workspace';

/** The lead changes one member's lots, work and share; the total is shown live as the share is typed. */
function EditMember({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const { groupement } = useWorkspace();
  const [scope, setScope] = useState<Scope>({
    lots: [...(member.lots ?? [])],
    work: member.work ?? '',
    share: member.share === null || member.share === undefined ? '' : String(member.share).replace('.', ','),
  });
  const change = useWorkspaceWrite((body: { lots: number[]; work: string; share?: number }, headers, id) =>
    unwrap(
      consortiaApi.PUT('/api/v1/consortia/{id}/members/{supplierId}', {
        params: { path: { id, supplierId: member.supplierId }, header: headers },
        body,
      }),
    ),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const share = shareForApi(scope.share);
    change.mutate({ lots: scope.lots, work: scope.work.trim(), ...(share !== undefined && { share }) }, { onSuccess: onDone });
  };
  const fieldError = (field: string) => (isApiError(change.error) ? change.error.fieldError(field) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="member-edit" aria-label={t('groupements.members.editLabel', { name: memberName(member) })}>
      <ScopeFields
        lots={groupement.lots ?? []}
        value={scope}
        onChange={setScope}
        otherShares={concerned(groupement.members)
          .filter((m) => m.supplierId !== member.supplierId)
          .map((m) => m.share)}
        lotsLegend={t('groupements.members.lotsOf', { name: memberName(member) })}
        errors={{ lots: fieldError('lots'), work: fieldError('work'), share: fieldError('share') }}
      />
      <div className="button-row">
        <Button type="submit" busy={change.isPending}>
          {t('groupements.members.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
      <ActionError error={change.error} shownFields={['lots', 'work', 'share']} />
    </form>
  );
}

/** The lead takes back an invitation not answered yet, e.g. sent to the wrong structure, while forming. */
function WithdrawInvitation({ member }: { member: Member }) {
  const { t } = useTranslation();
  const withdraw = useWorkspaceWrite((_: void, headers, id) =>
    unwrap(
      consortiaApi.POST('/api/v1/consortia/{id}/members/{supplierId}/withdraw-invitation', {
        params: { path: { id, supplierId: member.supplierId }, header: headers },
      }),
    ),
  );
  return (
    <>
      <Button variant="secondary" busy={withdraw.isPending} onClick={() => withdraw.mutate()}>
        {t('groupements.members.withdrawInvitation', { name: memberName(member) })}
      </Button>
      <ActionError error={withdraw.error} />
    </>
  );
}

function HandOverLead() {
  const { t } = useTranslation();
  const { groupement } = useWorkspace();
  const candidates = (groupement.members ?? []).filter((m) => m.status === 'ACCEPTED' && m.role === 'MEMBER');
  const [successor, setSuccessor] = useState('');
  const handOver = useWorkspaceWrite((supplierId: string, headers, id) =>
    unwrap(consortiaApi.POST('/api/v1/consortia/{id}/lead', { params: { path: { id }, header: headers }, body: { supplierId } })),
  );
  if (candidates.length === 0) return null;
  return (
    <form
      className="workspace-subsection"
      aria-labelledby="handover-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (successor) handOver.mutate(successor);
      }}
    >
      <h3 id="handover-title">{t('groupements.handOver.title')}</h3>
      <p>{t('groupements.handOver.explain')}</p>
      <Select
        label={t('groupements.handOver.successor')}
        placeholder={t('groupements.handOver.choose')}
        value={successor}
        onChange={(event) => setSuccessor(event.target.value)}
        options={candidates.map((m) => ({ value: m.supplierId, label: memberName(m) }))}
      />
      <Button type="submit" variant="secondary" busy={handOver.isPending} disabled={!successor}>
        {t('groupements.handOver.button')}
      </Button>
      <ActionError error={handOver.error} />
    </form>
  );
}

/** What a member does for its own structure: give the lead its habilitation, leave. */
function MyMembership({ member }: { member: Member }) {
  const { t } = useTranslation();
  const [confirmLeave, setConfirmLeave] = useState(false);
  const path = { supplierId: member.supplierId };
  const grant = useWorkspaceWrite((_: void, headers, id) =>
    unwrap(consortiaApi.POST('/api/v1/consortia/{id}/members/{supplierId}/habilitation', { params: { path: { id, ...path }, header: headers } })),
  );
  const leave = useWorkspaceWrite((_: void, headers, id) =>
    unwrap(consortiaApi.POST('/api/v1/consortia/{id}/members/{supplierId}/leave', { params: { path: { id, ...path }, header: headers } })),
  );
  const name = memberName(member);
  return (
    <div className="workspace-subsection">
      <h3>{t('groupements.myMembership.title', { name })}</h3>
      {member.habilitationGranted ? (
        <p>{t('groupements.myMembership.granted')}</p>
      ) : (
        <>
          <p>{t('groupements.myMembership.notGranted')}</p>
          <Button busy={grant.isPending} onClick={() => grant.mutate()}>
            {t('groupements.myMembership.grant')}
          </Button>
          <ActionError error={grant.error} />
        </>
      )}
      {confirmLeave ? (
        <div className="alert alert--error">
          <p>{t('groupements.myMembership.leaveConfirm', { name })}</p>
          <div className="button-row">
            <Button variant="danger" busy={leave.isPending} onClick={() => leave.mutate()}>
              {t('groupements.myMembership.leaveYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmLeave(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirmLeave(true)}>
          {t('groupements.myMembership.leave')}
        </Button>
      )}
      <ActionError error={leave.error} />
    </div>
  );
}

/**
 * The members' scopes and shares against 100 % (the lead edits them), handing over the lead,
 * and each of the user's own structures' habilitation and departure.
 */
export function MemberActions() {
  const { t } = useTranslation();
  const { groupement, mine, isLead, forming } = useWorkspace();
  const [editing, setEditing] = useState<string | null>(null);
  const members = concerned(groupement.members);
  const myMembers = mine.filter((m) => m.status === 'ACCEPTED' && m.role !== 'LEAD');
  return (
    <section aria-labelledby="members-title" className="workspace-section">
      <h2 id="members-title">{t('groupements.members.title')}</h2>
      <SharesMeter shares={sumShares(members.map((m) => m.share))} label={t('groupements.members.total')} />
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.supplierId}>
            <p>
              <strong>{memberName(member)}</strong> — {t(`groupements.role.${member.role}`)}, {t(`groupements.invite.${member.status}`)} —{' '}
              {t('groupements.members.shareOf', { share: formatShare(member.share) })}
              {member.lots && member.lots.length > 0 && ` — ${t('groupements.members.lotsList', { lots: formatLots(member.lots) })}`}
            </p>
            {isLead && forming && editing !== member.supplierId && (
              <Button variant="secondary" onClick={() => setEditing(member.supplierId)}>
                {t('groupements.members.edit', { name: memberName(member) })}
              </Button>
            )}
            {isLead && forming && member.status === 'INVITED' && <WithdrawInvitation member={member} />}
            {editing === member.supplierId && <EditMember member={member} onDone={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
      {isLead && forming && <HandOverLead />}
      {forming && myMembers.map((member) => <MyMembership key={member.supplierId} member={member} />)}
    </section>
  );
}
