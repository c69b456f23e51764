import { useTranslation } from 'react-i18next';
import { Page } from '@/components/Page';

// Placeholder: the screen's engineer replaces this file (keep the default export).
export default function MyStructuresPage() {
  const { t } = useTranslation();
  return <Page title={t('suppliers.mine.title')} />;
}
