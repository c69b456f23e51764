import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { suppliersApi, unwrap } from '@/api/client';
import type { components } from '@/api/generated/suppliers';
import { Badge } from '@/components/Badge';
import { LoadedPage } from '@/components/LoadedPage';
import { Page } from '@/components/Page';
import { SignInLink } from '@/features/auth/SignInLink';
import { useSession } from '@/features/auth/session';
import { useCpvLabels } from '@/features/reference/cpvLabels';
import { kindMeaning, kindName } from '@/features/reference/kinds';
import { formatMoney, formatNumber } from '@/i18n/format';
import '@/features/search/search.css';

type Supplier = components['schemas']['SupplierResponse'];
type Profile = components['schemas']['SupplierProfile'];
type Activity = components['schemas']['Activity'];

/** `/fournisseurs/:id`: a supplier's public profile; its contacts for signed-in users. */
export default function SupplierProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const supplier = useQuery({
    queryKey: ['suppliers', id],
    queryFn: ({ signal }) => unwrap(suppliersApi.GET('/api/v1/suppliers/{id}', { params: { path: { id } }, signal })),
  });
  return (
    <LoadedPage query={supplier} title={t('suppliers.profile.title')} back={{ to: '/fournisseurs', label: t('suppliers.profile.backToSearch') }}>
      {(data) => <SupplierProfile supplier={data} />}
    </LoadedPage>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SupplierProfile({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation();
  const { isSignedIn, isPending: sessionPending } = useSession();
  const profile: Profile = supplier.profile ?? ({} as Profile);
  const activities = profile.activities ?? [];
  const cpvLabels = useCpvLabels(activities.flatMap((activity) => activity.cpvCodes ?? []));
  const location = profile.location;
  const kinds = profile.kinds ?? [];
  const contacts = profile.contacts ?? [];
  return (
    <Page title={profile.legalName ?? t('suppliers.profile.title')}>
      {profile.brand && <p className="lead">{profile.brand}</p>}
      {kinds.length > 0 && (
        <section aria-labelledby="supplier-kinds">
          <h2 id="supplier-kinds">{t('suppliers.profile.kinds', { count: kinds.length })}</h2>
          <ul className="kind-list">
            {kinds.map((kind) => (
              <li key={kind}>
                <Badge tone="info">{kind}</Badge> <strong>{kindName(kind)}</strong>
                {kindMeaning(kind) && <> — {kindMeaning(kind)}</>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <dl className="facts">
        <Fact term={t('suppliers.profile.siret')}>{supplier.siret}</Fact>
        {profile.legalForm && <Fact term={t('suppliers.profile.legalForm')}>{profile.legalForm}</Fact>}
        {profile.naf && <Fact term={t('suppliers.profile.naf')}>{profile.naf}</Fact>}
        {location && (
          <Fact term={t('suppliers.profile.address')}>
            {[location.address, [location.postcode, location.communeName].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
          </Fact>
        )}
        {profile.scale && <Fact term={t('suppliers.profile.scale')}>{t(`suppliers.profile.scales.${profile.scale}`)}</Fact>}
        {profile.insertionHeadcount != null && <Fact term={t('suppliers.profile.insertionHeadcount')}>{formatNumber(profile.insertionHeadcount)}</Fact>}
        {profile.permanentHeadcount != null && <Fact term={t('suppliers.profile.permanentHeadcount')}>{formatNumber(profile.permanentHeadcount)}</Fact>}
        {profile.maxContractValue != null && <Fact term={t('suppliers.profile.maxContractValue')}>{formatMoney(profile.maxContractValue)}</Fact>}
      </dl>

      {profile.description && (
        <section aria-labelledby="supplier-description">
          <h2 id="supplier-description">{t('suppliers.profile.description')}</h2>
          <p className="prose">{profile.description}</p>
        </section>
      )}

      <section aria-labelledby="supplier-activities">
        <h2 id="supplier-activities">{t('suppliers.profile.activities')}</h2>
        {activities.length === 0 ? (
          <p>{t('suppliers.profile.noActivities')}</p>
        ) : (
          <ul className="activity-list">
            {activities.map((activity, index) => (
              <li key={index} className="activity">
                <ActivityItem activity={activity} cpvLabels={cpvLabels} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {((profile.labels ?? []).length > 0 || (profile.networks ?? []).length > 0) && (
        <section aria-labelledby="supplier-labels">
          <h2 id="supplier-labels">{t('suppliers.profile.labels')}</h2>
          <ul className="plain-list">
            {(profile.labels ?? []).map((label) => (
              <li key={`label-${label}`}>{label}</li>
            ))}
            {(profile.networks ?? []).map((network) => (
              <li key={`network-${network}`}>{t('suppliers.profile.network', { name: network })}</li>
            ))}
          </ul>
        </section>
      )}

      {(profile.clientReferences ?? []).length > 0 && (
        <section aria-labelledby="supplier-references">
          <h2 id="supplier-references">{t('suppliers.profile.references')}</h2>
          <ul>
            {(profile.clientReferences ?? []).map((reference, index) => (
              <li key={index}>
                <strong>{reference.client}</strong>
                {reference.year != null && <> ({reference.year})</>}
                {reference.description && <> — {reference.description}</>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="supplier-contacts">
        <h2 id="supplier-contacts">{t('suppliers.profile.contacts')}</h2>
        {!isSignedIn && !sessionPending && (
          <>
            <p>{t('suppliers.profile.contactsSignIn')}</p>
            <p>
              <SignInLink />
            </p>
          </>
        )}
        {isSignedIn && contacts.length === 0 && <p>{t('suppliers.profile.noContacts')}</p>}
        {isSignedIn && contacts.length > 0 && (
          <ul className="contact-list">
            {contacts.map((contact, index) => (
              <li key={index}>
                <strong>{contact.name}</strong>
                {contact.role && <> — {contact.role}</>}
                {contact.email && (
                  <>
                    <br />
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </>
                )}
                {contact.phone && (
                  <>
                    <br />
                    <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

function ActivityItem({ activity, cpvLabels }: { activity: Activity; cpvLabels: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const range = activity.range;
  let reach = '';
  if (range?.kind === 'COUNTRY') reach = t('suppliers.profile.range.country');
  else if (range?.kind === 'RADIUS') reach = t('suppliers.profile.range.radius', { km: range.radiusKm ?? 0 });
  else if (range?.kind === 'ZONES') {
    const zones = [
      ...(range.departments ?? []).map((code) => t('suppliers.profile.range.department', { code })),
      ...(range.regions ?? []).map((code) => t('suppliers.profile.range.region', { code })),
    ];
    reach = t('suppliers.profile.range.zones', { zones: zones.join(', ') });
  }
  return (
    <>
      <ul className="plain-list">
        {(activity.cpvCodes ?? []).map((code) => (
          <li key={code}>
            <strong>{cpvLabels[code] ?? code}</strong> <span className="muted">({t('suppliers.profile.cpvCode', { code })})</span>
          </li>
        ))}
      </ul>
      {(activity.serviceTypes ?? []).length > 0 && (
        <p className="muted">{(activity.serviceTypes ?? []).map((type) => t(`suppliers.profile.serviceTypes.${type}`)).join(', ')}</p>
      )}
      {reach && <p>{reach}</p>}
    </>
  );
}
