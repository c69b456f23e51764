import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/Badge';
import { useSession } from '@/features/auth/session';
import { useUnreadCount } from './api';

/**
 * The unread count next to "Notifications" in the header, kept fresh by polling. Screen readers
 * read the link as « Notifications, 3 non lues » (the visible number alone means nothing).
 */
export function UnreadBadge() {
  const { t } = useTranslation();
  const { isSignedIn } = useSession();
  const unread = useUnreadCount(isSignedIn);
  const count = unread.data ?? 0;
  if (count <= 0) return null;
  return (
    // The label starts with a comma, so the link reads « Notifications, 3 non lues »: no space before it.
    <span style={{ marginLeft: '0.375rem' }}>
      <Badge tone="alert" label={t('notifications.badge', { count })}>
        {count > 99 ? '99+' : count}
      </Badge>
    </span>
  );
}
