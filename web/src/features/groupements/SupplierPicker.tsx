import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { TextField } from '@/components/TextField';
import { useSupplierSearch } from './api';

export interface PickedSupplier {
  supplierId: string;
  legalName: string;
}

/** Finds a verified structure of the catalogue by name and picks it (`GET /api/v1/search/suppliers?q=`). */
export function SupplierPicker({ onPick }: { onPick: (supplier: PickedSupplier) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const query = useSupplierSearch(q);
  const hits = (query.data?.content ?? []).flatMap((hit) => (hit.id && hit.legalName ? [{ ...hit, id: hit.id, legalName: hit.legalName }] : []));
  return (
    <div className="supplier-picker">
      <form
        role="search"
        aria-label={t('groupements.picker.label')}
        onSubmit={(event) => {
          event.preventDefault();
          setQ(text.trim());
        }}
      >
        <TextField
          label={t('groupements.picker.query')}
          hint={t('groupements.picker.hint')}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('groupements.picker.search')}
        </Button>
      </form>
      {query.isFetching && <p role="status">{t('common.loading')}</p>}
      {query.isError && <ErrorAlert error={query.error} />}
      {query.isSuccess && (
        <div role="status" aria-live="polite">
          {hits.length === 0 ? (
            <p>{t('groupements.picker.none')}</p>
          ) : (
            <ul className="supplier-picker__results" aria-label={t('groupements.picker.results')}>
              {hits.map((hit) => (
                <li key={hit.id}>
                  <span>
                    {hit.legalName}
                    {hit.kinds && hit.kinds.length > 0 && ` — ${hit.kinds.join(', ')}`}
                    {hit.departmentName && ` — ${hit.departmentName}`}
                  </span>{' '}
                  <Button
                    variant="secondary"
                    aria-label={t('groupements.picker.chooseNamed', { name: hit.legalName })}
                    onClick={() => onPick({ supplierId: hit.id, legalName: hit.legalName })}
                  >
                    {t('groupements.picker.choose')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
