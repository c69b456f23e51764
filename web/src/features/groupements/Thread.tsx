import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { TextArea } from '@/components/TextArea';
import { formatDateTime } from '@/i18n/format';
import { ActionError } from './ActionError';
import { usePostMessage, useThread } from './api';
import { memberName, useWorkspace } from './workspace';

/** The members' thread, oldest first and newest last, read again every few seconds while the page is visible. */
export function Thread() {
  const { t } = useTranslation();
  const { groupement } = useWorkspace();
  const thread = useThread(groupement.id, true);
  const post = usePostMessage(groupement.id);
  const [text, setText] = useState('');
  const names = new Map((groupement.members ?? []).map((m) => [m.supplierId, memberName(m)]));
  const messages = thread.data?.messages ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || post.isPending) return;
    post.mutate(text.trim(), { onSuccess: () => setText('') });
  };

  return (
    <section aria-labelledby="thread-title" className="workspace-section">
      <h2 id="thread-title">{t('groupements.thread.title')}</h2>
      {thread.isPending && <Loading />}
      {thread.isError && <ErrorAlert error={thread.error} onRetry={() => void thread.refetch()} />}
      {thread.data && messages.length === 0 && <p>{t('groupements.thread.empty')}</p>}
      {thread.data && thread.data.older > 0 && <p>{t('groupements.thread.older', { count: thread.data.older })}</p>}
      {messages.length > 0 && (
        <ol className="thread" aria-label={t('groupements.thread.list')}>
          {messages.map((message) => (
            <li key={message.id} className="thread__message">
              <p className="thread__meta">
                <strong>{(message.supplierId && names.get(message.supplierId)) ?? t('groupements.thread.someone')}</strong>,{' '}
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
              </p>
              <p className="thread__text">{message.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={onSubmit} noValidate aria-label={t('groupements.thread.formLabel')}>
        <TextArea label={t('groupements.thread.message')} maxLength={4000} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
        <Button type="submit" busy={post.isPending} disabled={!text.trim()}>
          {t('groupements.thread.send')}
        </Button>
        <ActionError error={post.error} />
      </form>
    </section>
  );
}
