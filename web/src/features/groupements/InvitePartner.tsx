import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consortiaApi, unwrap } from '@/api/client';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { Select } from '@/components/Select';
import { ActionError } from './ActionError';
import type { MemberRole } from './model';
import { ScopeFields, type Scope } from './ScopeFields';
import { shareForApi } from './shares';
import { SupplierPicker } from './SupplierPicker';
import { useWorkspaceWrite } from './useWorkspaceWrite';
import { concerned, useWorkspace } from './workspace';

interface Invitation {
  supplierId: string;
  role: MemberRole;
  lots: number[];
  work?: string;
  share?: number;
}

const EMPTY: Scope = { lots: [], work: '', share: '' };

/** The lead invites a partner chosen from the suggestions or found in the catalogue, with its scope and share. */
export function InvitePartner() {
  const { t } = useTranslation();
  const { groupement, inviteDraft, setInviteDraft } = useWorkspace();
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [scope, setScope] = useState<Scope>(EMPTY);
  const heading = useRef<HTMLHeadingElement>(null);
  const invite = useWorkspaceWrite((body: Invitation, headers, id) =>
    unwrap(consortiaApi.POST('/api/v1/consortia/{id}/members', { params: { path: { id }, header: headers }, body })),
  );

  useEffect(() => {
    if (inviteDraft) {
      setScope({ ...EMPTY, lots: inviteDraft.lots });
      heading.current?.focus();
    }
  }, [inviteDraft]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!inviteDraft || invite.isPending) return;
    const share = shareForApi(scope.share);
    invite.mutate(
      {
        supplierId: inviteDraft.supplierId,
        role,
        lots: scope.lots,
        ...(scope.work.trim() && { work: scope.work.trim() }),
        ...(share !== undefined && { share }),
      },
      {
        onSuccess: () => {
          setInviteDraft(null);
          setScope(EMPTY);
        },
      },
    );
  };

  const fieldError = (field: string) => (isApiError(invite.error) ? invite.error.fieldError(field) : undefined);
  return (
    <section aria-labelledby="invite-title" className="workspace-section">
      <h2 id="invite-title" ref={heading} tabIndex={-1}>
        {t('groupements.invitePartner.title')}
      </h2>
      {inviteDraft ? (
        <p>
          {t('groupements.invitePartner.chosen', { name: inviteDraft.legalName })}{' '}
          <Button variant="link" onClick={() => setInviteDraft(null)}>
            {t('groupements.invitePartner.change')}
          </Button>
        </p>
      ) : (
        <SupplierPicker onPick={(picked) => setInviteDraft({ ...picked, lots: [] })} />
      )}
      {inviteDraft && (
        <form onSubmit={onSubmit} noValidate aria-label={t('groupements.invitePartner.formLabel', { name: inviteDraft.legalName })}>
          <Select
            label={t('groupements.invitePartner.role')}
            value={role}
            onChange={(event) => setRole(event.target.value as MemberRole)}
            options={[
              { value: 'MEMBER', label: t('groupements.role.MEMBER') },
              { value: 'SUBCONTRACTOR', label: t('groupements.role.SUBCONTRACTOR') },
            ]}
          />
          <ScopeFields
            lots={groupement.lots ?? []}
            value={scope}
            onChange={setScope}
            otherShares={concerned(groupement.members).map((m) => m.share)}
            lotsLegend={t('groupements.invitePartner.lots')}
            errors={{ lots: fieldError('lots'), work: fieldError('work'), share: fieldError('share') }}
          />
          <Button type="submit" busy={invite.isPending}>
            {t('groupements.invitePartner.send')}
          </Button>
          <ActionError error={invite.error} shownFields={['lots', 'work', 'share']} />
        </form>
      )}
    </section>
  );
}
