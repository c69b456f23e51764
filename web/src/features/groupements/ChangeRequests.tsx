import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consortiaApi, unwrap } from '@/api/client';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { Select } from '@/components/Select';
import { TextArea } from '@/components/TextArea';
import { TextField } from '@/components/TextField';
import { formatDateTime } from '@/i18n/format';
import { ActionError } from './ActionError';
import { formatShare } from './format';
import type { ChangeRequest } from './model';
import { SharesMeter } from './SharesMeter';
import { shareForApi, sumShares } from './shares';
import { useWorkspaceWrite } from './useWorkspaceWrite';
import { memberName, useWorkspace } from './workspace';

type ChangeType = ChangeRequest['type'];

interface Proposal {
  type: ChangeType;
  reason: string;
  leavingSupplierId: string;
  newShares: Record<string, number>;
}

/** After submission the composition is frozen (R2142-26): the lead asks the buyer to let a member go. */
function RequestChange() {
  const { t } = useTranslation();
  const { groupement } = useWorkspace();
  const accepted = (groupement.members ?? []).filter((m) => m.status === 'ACCEPTED');
  const [type, setType] = useState<ChangeType>('RESTRUCTURING');
  const [reason, setReason] = useState('');
  const [leaving, setLeaving] = useState('');
  const [shares, setShares] = useState<Record<string, string>>({});
  const remaining = accepted.filter((m) => m.supplierId !== leaving);
  const request = useWorkspaceWrite((body: Proposal, headers, id) =>
    unwrap(consortiaApi.POST('/api/v1/consortia/{id}/change-requests', { params: { path: { id }, header: headers }, body })),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const newShares: Record<string, number> = {};
    for (const member of remaining) {
      const share = shareForApi(shares[member.supplierId] ?? '');
      if (share !== undefined) newShares[member.supplierId] = share;
    }
    request.mutate({ type, reason: reason.trim(), leavingSupplierId: leaving, newShares });
  };
  const fieldError = (field: string) => (isApiError(request.error) ? request.error.fieldError(field) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-request-form-title" className="workspace-subsection">
      <h3 id="change-request-form-title">{t('groupements.changeRequests.formTitle')}</h3>
      <fieldset className="fieldset">
        <legend>{t('groupements.changeRequests.type')}</legend>
        {(['RESTRUCTURING', 'INCAPACITY'] as const).map((value) => (
          <div className="radio" key={value}>
            <input id={`change-type-${value}`} type="radio" name="change-type" value={value} checked={type === value} onChange={() => setType(value)} />
            <label htmlFor={`change-type-${value}`}>
              {t(`groupements.changeRequests.types.${value}.label`)} — {t(`groupements.changeRequests.types.${value}.explain`)}
            </label>
          </div>
        ))}
      </fieldset>
      <Select
        label={t('groupements.changeRequests.leaving')}
        placeholder={t('groupements.changeRequests.chooseLeaving')}
        value={leaving}
        onChange={(event) => setLeaving(event.target.value)}
        options={accepted.filter((m) => m.role !== 'LEAD').map((m) => ({ value: m.supplierId, label: memberName(m) }))}
        error={fieldError('leavingSupplierId')}
        required
      />
      <TextArea label={t('groupements.changeRequests.reason')} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} error={fieldError('reason')} required />
      {leaving && (
        <fieldset className="fieldset">
          <legend>{t('groupements.changeRequests.newShares')}</legend>
          {remaining.map((member) => (
            <TextField
              key={member.supplierId}
              label={t('groupements.changeRequests.newShareOf', { name: memberName(member) })}
              inputMode="decimal"
              autoComplete="off"
              value={shares[member.supplierId] ?? ''}
              onChange={(event) => setShares({ ...shares, [member.supplierId]: event.target.value })}
              error={fieldError(`newShares.${member.supplierId}`)}
            />
          ))}
          <SharesMeter shares={sumShares(remaining.map((m) => shares[m.supplierId] ?? ''))} />
        </fieldset>
      )}
      <Button type="submit" busy={request.isPending} disabled={!leaving}>
        {t('groupements.changeRequests.send')}
      </Button>
      <ActionError error={request.error} shownFields={['leavingSupplierId', 'reason']} />
    </form>
  );
}

/** The change requests sent to the buyer (R2142-26) and the buyer's decisions. */
export function ChangeRequests() {
  const { t } = useTranslation();
  const { groupement, isLead } = useWorkspace();
  const requests = groupement.changeRequests ?? [];
  const names = new Map((groupement.members ?? []).map((m) => [m.supplierId, memberName(m)]));
  const pending = requests.some((r) => r.status === 'PENDING');
  return (
    <section aria-labelledby="change-requests-title" className="workspace-section">
      <h2 id="change-requests-title">{t('groupements.changeRequests.title')}</h2>
      <p>{t('groupements.changeRequests.explain')}</p>
      {requests.length === 0 ? (
        <p>{t('groupements.changeRequests.none')}</p>
      ) : (
        <ul className="change-requests">
          {requests.map((r) => (
            <li key={r.id}>
              <p>
                <strong>{t(`groupements.changeRequests.types.${r.type}.label`)}</strong> —{' '}
                {t('groupements.changeRequests.leavingLine', { name: names.get(r.leavingSupplierId) ?? r.leavingSupplierId })}
                {r.requestedAt && ` — ${formatDateTime(r.requestedAt)}`}
              </p>
              {r.reason && <p>{r.reason}</p>}
              {r.newShares && Object.keys(r.newShares).length > 0 && (
                <p>
                  {t('groupements.changeRequests.sharesLine', {
                    shares: Object.entries(r.newShares)
                      .map(([supplier, share]) => `${names.get(supplier) ?? supplier} ${formatShare(share)}`)
                      .join(', '),
                  })}
                </p>
              )}
              <p>
                {t(`groupements.changeRequests.status.${r.status}`)}
                {r.decidedAt && ` — ${formatDateTime(r.decidedAt)}`}
                {r.decisionComment && ` — « ${r.decisionComment} »`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {isLead && groupement.status === 'SUBMITTED' && !pending && <RequestChange />}
    </section>
  );
}
