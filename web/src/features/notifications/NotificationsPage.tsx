import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { Pagination, usePageParam } from '@/components/Pagination';
import { formatDateTime } from '@/i18n/format';
import { appPathOf, useMarkAllRead, useMarkRead, useNotifications } from './api';
import '@/features/suppliers/supplier-journey.css';

/** `/notifications`: my feed, unread first, with links to what each is about; mark one or all read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  // Notification kinds come from the API: their keys are built at run time.
  const tKey = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const page = usePageParam();
  const feed = useNotifications(page - 1);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const notifications = feed.data?.content ?? [];
  const anyUnread = notifications.some((n) => !n.read);

  return (
    <Page
      title={t('notifications.title')}
      actions={
        <Button variant="secondary" busy={markAll.isPending} disabled={!anyUnread} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      }
    >
      {markAll.error && <ErrorAlert error={markAll.error} />}
      {markRead.error && <ErrorAlert error={markRead.error} />}
      {feed.isPending && <Loading />}
      {feed.error && <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.isSuccess && notifications.length === 0 && <EmptyState title={t('notifications.empty')} />}
      <ul className="plain-list" aria-label={t('notifications.listLabel')}>
        {notifications.map((notification) => {
          const path = appPathOf(notification.link);
          return (
            <li key={notification.id} className={notification.read ? undefined : 'notification--unread'}>
              <p>
                {!notification.read && <Badge tone="info">{t('notifications.new')}</Badge>}{' '}
                <Badge>{tKey(`notifications.kind.${notification.kind ?? ''}`, { defaultValue: notification.kind ?? '' })}</Badge>{' '}
                {path ? (
                  <Link to={path} onClick={() => !notification.read && notification.id && markRead.mutate(notification.id)}>
                    {notification.title}
                  </Link>
                ) : (
                  notification.title
                )}
              </p>
              <p className="inline-actions">
                <span className="field__hint">{notification.createdAt && formatDateTime(notification.createdAt)}</span>
                {!notification.read && (
                  <Button
                    variant="link"
                    busy={markRead.isPending && markRead.variables === notification.id}
                    aria-label={t('notifications.markReadOf', { title: notification.title })}
                    onClick={() => notification.id && markRead.mutate(notification.id)}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      {feed.data && <Pagination page={page} pages={feed.data.totalPages ?? 1} />}
    </Page>
  );
}
