import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/Badge';

/**
 * The unread count next to "Notifications". Placeholder: the notifications screen wires the
 * count from the API (keep the props, or replace them by a hook call inside).
 */
export function UnreadBadge({ count = 0 }: { count?: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return <Badge tone="alert" label={t('notifications.unread', { count })}>{count > 99 ? '99+' : count}</Badge>;
}
