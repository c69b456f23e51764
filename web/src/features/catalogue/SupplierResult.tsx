import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '@/api/generated/search';
import { Badge } from '@/components/Badge';
import { Highlighted } from '@/components/Highlighted';
import { kindName } from '@/features/reference/kinds';

type SupplierHit = components['schemas']['SupplierHit'];

/** One supplier of the catalogue: its name as a link, kinds, place, distance, highlights. */
export function SupplierResult({ supplier }: { supplier: SupplierHit }) {
  const { t } = useTranslation();
  const name = supplier.highlights?.legalName?.[0];
  const excerpt = supplier.highlights?.description?.[0];
  const place = [supplier.departmentName, supplier.regionName].filter(Boolean).join(', ');
  return (
    <article className="result">
      <h3 className="result__title">
        <Link to={`/fournisseurs/${encodeURIComponent(supplier.id ?? '')}`}>{name ? <Highlighted fragment={name} /> : supplier.legalName}</Link>
      </h3>
      <p className="result__meta">
        {supplier.brand && <span>{supplier.brand}</span>}
        {place && <span>{place}</span>}
        {supplier.distanceKm != null && <span>{t('catalogue.search.distance', { km: supplier.distanceKm.toLocaleString('fr-FR', { maximumFractionDigits: 1 }) })}</span>}
      </p>
      {(supplier.kinds ?? []).length > 0 && (
        <p className="result__badges">
          {(supplier.kinds ?? []).map((kind) => (
            <Badge key={kind} tone="info">
              {kindName(kind)}
            </Badge>
          ))}
        </p>
      )}
      {excerpt ? (
        <p className="result__excerpt">
          <Highlighted fragment={excerpt} />
        </p>
      ) : (
        supplier.description && <p className="result__excerpt">{supplier.description.length > 220 ? `${supplier.description.slice(0, 220)} …` : supplier.description}</p>
      )}
    </article>
  );
}
