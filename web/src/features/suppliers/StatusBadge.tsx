import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/Badge';

const TONES: Record<string, BadgeTone> = { PENDING: 'warning', VERIFIED: 'success', REJECTED: 'alert', DELISTED: 'neutral' };

/** Where a structure stands in the directory: "En attente de vérification", "Vérifiée"… */
export function StatusBadge({ status }: { status: string | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Badge tone={TONES[status] ?? 'neutral'}>{t(`suppliers.status.${status}`, { defaultValue: status })}</Badge>;
}
