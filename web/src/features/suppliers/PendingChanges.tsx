import { useTranslation } from 'react-i18next';

/** The verified facts a member may change, by their API names, with their labels in the form. */
const FACT_LABELS: Record<string, 'suppliers.fields.legalName' | 'suppliers.fields.legalForm' | 'suppliers.fields.naf' | 'suppliers.fields.kinds'> = {
  legalName: 'suppliers.fields.legalName',
  legalForm: 'suppliers.fields.legalForm',
  naf: 'suppliers.fields.naf',
  kinds: 'suppliers.fields.kinds',
};

/**
 * On a verified structure, the checked facts its members changed since: they wait for a
 * facilitator, and until then the verified ones count (reserved lots, public profile). Saying so
 * spares a member from wondering why the public profile still shows the old name or kinds.
 */
export function PendingChanges({ fields }: { fields: readonly string[] | undefined }) {
  const { t } = useTranslation();
  if (!fields || fields.length === 0) return null;
  const names = fields.map((field) => (FACT_LABELS[field] ? t(FACT_LABELS[field]) : field));
  return (
    <div className="alert alert--info" role="note" aria-labelledby="pending-changes-title">
      <p id="pending-changes-title">
        <strong>{t('suppliers.pending.title')}</strong>
      </p>
      <p>{t('suppliers.pending.fields', { fields: names.join(', ') })}</p>
      <p>{t('suppliers.pending.meanwhile')}</p>
    </div>
  );
}
