import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { Checkbox } from '@/components/Checkbox';
import { ErrorAlert } from '@/components/ErrorAlert';
import { TextField } from '@/components/TextField';
import { useSession } from '@/features/auth/session';
import { criteriaFromSearchParams, useSaveSearch } from './api';

/**
 * « Enregistrer cette recherche », for the tender search page: saves the criteria of the current
 * URL under a name, with or without email alerts. Shown to signed-in users only.
 */
export function SaveSearchButton() {
  const { t } = useTranslation();
  const { isSignedIn } = useSession();
  const [params] = useSearchParams();
  const save = useSaveSearch();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [emailAlerts, setEmailAlerts] = useState(false);
  const panelId = useId();
  if (!isSignedIn) return null;
  const criteria = criteriaFromSearchParams(params);
  const apiError = isApiError(save.error) ? save.error : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...criteria, name: name.trim() || criteria.q || t('savedSearches.defaultName'), emailAlerts }, {
      onSuccess: () => {
        setOpen(false);
        setName('');
      },
    });
  };

  return (
    <div className="save-search">
      <Button variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('savedSearches.saveThis')}
      </Button>
      {save.isSuccess && !open && (
        <p role="status">
          {t('savedSearches.savedDone')} <Link to="/recherches">{t('savedSearches.seeAll')}</Link>
        </p>
      )}
      <form id={panelId} hidden={!open} onSubmit={submit} noValidate>
        <TextField
          label={t('savedSearches.name')}
          maxLength={100}
          value={name}
          placeholder={criteria.q}
          error={apiError?.fieldError('name')}
          onChange={(event) => setName(event.target.value)}
        />
        <Checkbox
          label={t('savedSearches.emailAlerts')}
          checked={emailAlerts}
          error={apiError?.fieldError('emailAlerts')}
          onChange={(event) => setEmailAlerts(event.target.checked)}
        />
        {save.error && !apiError?.fieldError('name') && !apiError?.fieldError('emailAlerts') && (
          <ErrorAlert error={save.error} />
        )}
        <Button type="submit" busy={save.isPending}>
          {t('savedSearches.save')}
        </Button>
      </form>
    </div>
  );
}
