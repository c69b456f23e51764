import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { formatDateTime, formatTimeLeft } from '@/i18n/format';
import { groupementKeys, useGroupement, useMySuppliers } from './api';
import { describeChanges } from './changes';
import { ChangeRequests } from './ChangeRequests';
import { InvitationAnswer } from './InvitationAnswer';
import { InvitePartner } from './InvitePartner';
import { LotsCoverage } from './LotsCoverage';
import { MemberActions } from './MemberActions';
import type { Groupement } from './model';
import { SubmitJointBid } from './SubmitJointBid';
import { Thread } from './Thread';
import { WorkspaceContext, type InviteDraft, type Workspace } from './workspace';
import './groupements.css';

/** `/groupements/:id`: everything the members do together, from forming to the joint bid and after. */
export default function GroupementWorkspacePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useGroupement(id);
  const suppliers = useMySuppliers();
  const queryClient = useQueryClient();
  const [changedMeanwhile, setChangedMeanwhile] = useState<string[] | null>(null);
  const [inviteDraft, setInviteDraft] = useState<InviteDraft | null>(null);
  const shown = useRef<Groupement | undefined>(undefined);
  shown.current = query.data;

  const onStale = useCallback(() => {
    const before = shown.current;
    void queryClient.fetchQuery({ queryKey: groupementKeys.one(id), staleTime: 0 }).then((after) => {
      setChangedMeanwhile(before ? describeChanges(before, after as Groupement) : []);
    });
  }, [id, queryClient]);

  const groupement = query.data;
  const workspace = useMemo<Workspace | null>(() => {
    if (!groupement) return null;
    const myIds = new Set((suppliers.data?.content ?? []).flatMap((s) => (s.id ? [s.id] : [])));
    const mine = (groupement.members ?? []).filter((m) => myIds.has(m.supplierId));
    return {
      groupement,
      mine,
      isLead: mine.some((m) => m.role === 'LEAD' && m.status === 'ACCEPTED'),
      forming: groupement.status === 'FORMING',
      onStale,
      inviteDraft,
      setInviteDraft,
    };
  }, [groupement, suppliers.data, onStale, inviteDraft]);

  if (query.isPending || suppliers.isPending) {
    return (
      <Page title={t('groupements.workspace.title')}>
        <Loading />
      </Page>
    );
  }
  if (!groupement || !workspace) {
    return (
      <Page title={t('groupements.workspace.title')}>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }

  const invited = workspace.mine.filter((m) => m.status === 'INVITED');
  const isMember = workspace.mine.some((m) => m.status === 'ACCEPTED');
  const myRole = workspace.isLead ? 'LEAD' : isMember ? 'MEMBER' : invited.length > 0 ? 'INVITED' : undefined;

  return (
    <Page title={t('groupements.workspace.titleFor', { tender: groupement.tenderTitle ?? t('groupements.workspace.title') })}>
      <WorkspaceContext.Provider value={workspace}>
        {changedMeanwhile && (
          <div role="alert" className="alert alert--info">
            <p>{t('groupements.changed.title')}</p>
            {changedMeanwhile.length > 0 ? (
              <ul>
                {changedMeanwhile.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <p>{t('groupements.changed.nothingVisible')}</p>
            )}
            <button type="button" className="button button--link" onClick={() => setChangedMeanwhile(null)}>
              {t('groupements.changed.dismiss')}
            </button>
          </div>
        )}
        <dl className="groupement-facts">
          <div>
            <dt>{t('groupements.facts.tender')}</dt>
            <dd>
              <Link to={`/appels-offres/${groupement.tenderId}`}>{groupement.tenderTitle ?? groupement.tenderId}</Link>
            </dd>
          </div>
          {groupement.form && (
            <div>
              <dt>{t('groupements.facts.form')}</dt>
              <dd>{t(`groupements.form.${groupement.form}.label`)}</dd>
            </div>
          )}
          <div>
            <dt>{t('groupements.facts.status')}</dt>
            <dd>{t(`groupements.status.${groupement.status}`)}</dd>
          </div>
          {groupement.deadline && (
            <div>
              <dt>{t('groupements.facts.deadline')}</dt>
              <dd>
                {formatDateTime(groupement.deadline)} ({formatTimeLeft(groupement.deadline)})
              </dd>
            </div>
          )}
          {myRole && (
            <div>
              <dt>{t('groupements.facts.myRole')}</dt>
              <dd>{t(`groupements.myRole.${myRole}`)}</dd>
            </div>
          )}
        </dl>

        {invited.map((member) => (
          <InvitationAnswer key={member.supplierId} member={member} />
        ))}

        {groupement.lots && groupement.members && <LotsCoverage />}

        {workspace.isLead && workspace.forming && <InvitePartner />}

        {(isMember || workspace.isLead) && <MemberActions />}

        {(isMember || workspace.isLead) && (
          <section aria-labelledby="submit-title" className="workspace-section">
            <h2 id="submit-title">{t('groupements.submit.title')}</h2>
            <SubmitJointBid />
          </section>
        )}

        {(groupement.status === 'SUBMITTED' || (groupement.changeRequests ?? []).length > 0) && <ChangeRequests />}

        {(isMember || workspace.isLead) && <Thread />}
      </WorkspaceContext.Provider>
    </Page>
  );
}
