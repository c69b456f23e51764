import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { TextField } from '@/components/TextField';
import { useSession } from '@/features/auth/session';
import { useAddMember, useRemoveMember } from './api';

/**
 * The people who act for the structure. Today the API adds a member by user id (the Keycloak
 * account identifier, which the colleague reads on their own page); invitations by email are to come.
 * Leaving is removing oneself; the API refuses to let the last member go, and says so.
 */
export function MembersSection({ supplierId, memberIds }: { supplierId: string; memberIds: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const add = useAddMember(supplierId);
  const remove = useRemoveMember(supplierId);
  const [newMember, setNewMember] = useState('');
  const addError = isApiError(add.error) ? add.error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newMember.trim() === '') return;
    add.mutate(newMember.trim(), { onSuccess: () => setNewMember('') });
  };

  return (
    <section aria-labelledby="members-title" className="form-section">
      <h2 id="members-title">{t('suppliers.members.title')}</h2>
      {user && <p>{t('suppliers.members.yourId', { id: user.userId })}</p>}
      <ul className="plain-list">
        {memberIds.map((memberId) => {
          const isMe = memberId === user?.userId;
          return (
            <li key={memberId} className="inline-actions">
              <span>{isMe ? t('suppliers.members.you', { id: memberId }) : memberId}</span>
              <Button
                variant={isMe ? 'secondary' : 'danger'}
                busy={remove.isPending && remove.variables === memberId}
                aria-label={isMe ? t('suppliers.members.leave') : t('suppliers.members.remove', { id: memberId })}
                onClick={() => {
                  if (!window.confirm(isMe ? t('suppliers.members.confirmLeave') : t('suppliers.members.confirmRemove', { id: memberId }))) return;
                  remove.mutate(memberId, { onSuccess: () => isMe && navigate('/mes-structures') });
                }}
              >
                {isMe ? t('suppliers.members.leave') : t('suppliers.members.removeShort')}
              </Button>
            </li>
          );
        })}
      </ul>
      {remove.error && <ErrorAlert error={remove.error} />}
      {isApiError(remove.error) && remove.error.status === 409 && memberIds.length === 1 && (
        <p className="field__error">{t('suppliers.members.lastMember')}</p>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('suppliers.members.addLabel')}
          hint={t('suppliers.members.addHint')}
          value={newMember}
          error={addError?.fieldError('userId') ?? (addError ? addError.message : undefined)}
          onChange={(event) => setNewMember(event.target.value)}
        />
        <Button type="submit" variant="secondary" busy={add.isPending}>
          {t('suppliers.members.add')}
        </Button>
      </form>
    </section>
  );
}
