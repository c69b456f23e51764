import { useTranslation } from 'react-i18next';
import { Page } from '@/components/Page';

// Placeholder: the screen's engineer replaces this file (keep the default export).
export default function TenderDetailPage() {
  const { t } = useTranslation();
  return <Page title={t('tenders.detail.title')} />;
}
