import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Page } from '@/components/Page';
import { TextField } from '@/components/TextField';
import { ActivitiesEditor } from './ActivitiesEditor';
import { cleanProfile, emptyProfile, useRegisterSupplier, type SupplierProfile } from './api';
import { ProfileFields } from './ProfileFields';
import { normaliseSiret, siretProblem } from './siret';
import './supplier-journey.css';

/** `/mes-structures/nouvelle`: a supplier registers its structure by SIRET; it then awaits verification. */
export default function RegisterStructurePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useRegisterSupplier();
  const [siret, setSiret] = useState('');
  const [siretTouched, setSiretTouched] = useState(false);
  const [profile, setProfile] = useState<SupplierProfile>(emptyProfile);
  const problem = siretProblem(siret);
  const apiError = isApiError(register.error) ? register.error : undefined;
  const existing = typeof apiError?.problem?.existingSupplier === 'string' ? apiError.problem.existingSupplier : undefined;
  const siretError =
    siretTouched && problem ? t(`suppliers.siret.${problem}`) : apiError?.fieldError('siret') && (existing ? t('suppliers.siret.taken') : apiError.fieldError('siret'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSiretTouched(true);
    if (problem) {
      document.getElementById('siret')?.focus();
      return;
    }
    register.mutate(
      { siret: normaliseSiret(siret), profile: cleanProfile(profile) },
      { onSuccess: (created) => navigate(`/mes-structures/${created.id}`, { state: { registered: true } }) },
    );
  };

  return (
    <Page title={t('suppliers.register.title')}>
      <p>{t('suppliers.register.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="siret"
          label={t('suppliers.fields.siret')}
          hint={t('suppliers.siret.hint')}
          required
          inputMode="numeric"
          autoComplete="off"
          value={siret}
          error={siretError || undefined}
          onChange={(event) => setSiret(event.target.value)}
          onBlur={() => setSiretTouched(siret.trim() !== '')}
        />
        {existing && (
          <p>
            <Link to={`/fournisseurs/${existing.split('/').pop()}`}>{t('suppliers.siret.seeExisting')}</Link>
          </p>
        )}
        <ProfileFields profile={profile} onChange={setProfile} error={apiError} />
        <ActivitiesEditor
          activities={profile.activities ?? []}
          onChange={(activities) => setProfile({ ...profile, activities })}
          error={apiError}
        />
        {register.error && !existing && <ErrorAlert error={register.error} />}
        <Button type="submit" busy={register.isPending}>
          {t('suppliers.register.submit')}
        </Button>
      </form>
    </Page>
  );
}
