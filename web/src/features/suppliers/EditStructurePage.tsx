import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '@/api/problem';
import { Button } from '@/components/Button';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FieldErrors } from '@/components/FieldErrors';
import { Loading } from '@/components/Loading';
import { Page } from '@/components/Page';
import { ActivitiesEditor } from './ActivitiesEditor';
import { cleanProfile, useSupplierForEdit, useUpdateProfile, type SupplierProfile } from './api';
import { MembersSection } from './MembersSection';
import { PendingChanges } from './PendingChanges';
import { ProfileFields } from './ProfileFields';
import { StaleEditAlert } from './StaleEditAlert';
import { StatusBadge } from './StatusBadge';
import './supplier-journey.css';

/**
 * `/mes-structures/:id`: the profile and activities, saved with `If-Match` (the version read), and
 * the members. A stale save (412) says who changed what and offers to reload; nothing is overwritten.
 */
export default function EditStructurePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const loaded = useSupplierForEdit(id);
  const update = useUpdateProfile(id);
  const [profile, setProfile] = useState<SupplierProfile | undefined>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (loaded.data) setProfile(loaded.data.supplier.profile as SupplierProfile);
  }, [loaded.data]);

  if (loaded.isPending) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={() => void loaded.refetch()} />;
  const { supplier, etag, auditLength } = loaded.data;
  const apiError = isApiError(update.error) ? update.error : undefined;
  const stale = apiError?.kind === 'stale';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!profile || !etag) return;
    setSaved(false);
    update.mutate({ profile: cleanProfile(profile), etag }, { onSuccess: () => setSaved(true) });
  };

  const reload = () => {
    update.reset();
    void loaded.refetch();
  };

  return (
    <Page title={t('suppliers.edit.titleOf', { name: supplier.profile?.legalName ?? '' })}>
      <p>
        <StatusBadge status={supplier.status} /> {t('suppliers.mine.siret', { siret: supplier.siret })}
      </p>
      {(location.state as { registered?: boolean } | null)?.registered && (
        <div role="status" className="alert alert--info">
          <p>{t('suppliers.register.done')}</p>
        </div>
      )}
      {supplier.statusReason && supplier.status !== 'VERIFIED' && <p>{t('suppliers.mine.reason', { reason: supplier.statusReason })}</p>}
      <PendingChanges fields={supplier.pendingChanges} />
      <p>
        <Link to="/mes-structures">{t('suppliers.edit.back')}</Link>
      </p>
      {profile && (
        <form onSubmit={submit} noValidate aria-labelledby="profile-title">
          <h2 id="profile-title">{t('suppliers.edit.profile')}</h2>
          <ProfileFields profile={profile} onChange={setProfile} error={apiError} />
          <ActivitiesEditor activities={profile.activities ?? []} onChange={(activities) => setProfile({ ...profile, activities })} error={apiError} />
          {stale ? (
            <StaleEditAlert supplierId={id} seenLength={auditLength} onReload={reload} />
          ) : (
            <>
              <FieldErrors error={update.error} />
              {update.error && apiError?.kind !== 'invalid' && <ErrorAlert error={update.error} />}
            </>
          )}
          {saved && (
            <div role="status" className="alert alert--info">
              <p>{t('suppliers.edit.saved')}</p>
            </div>
          )}
          <Button type="submit" busy={update.isPending} disabled={stale}>
            {t('suppliers.edit.save')}
          </Button>
        </form>
      )}
      <MembersSection supplierId={id} memberIds={supplier.memberIds ?? []} />
    </Page>
  );
}
