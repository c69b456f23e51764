import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { suppliersApi, unwrap, unwrapWithVersion } from '@/api/client';
import type { components } from '@/api/generated/suppliers';

export type Supplier = components['schemas']['SupplierResponse'];
export type SupplierProfile = components['schemas']['SupplierProfileRequest'];
export type AuditEntry = components['schemas']['AuditEntry'];

export const mySuppliersKey = ['suppliers', 'mine'] as const;
const supplierKey = (id: string) => ['suppliers', id, 'member'] as const;
const auditKey = (id: string) => ['suppliers', id, 'audit'] as const;

/** The structures the signed-in user acts for, whatever their status (one page of 100: nobody has more). */
export function useMySuppliers() {
  return useQuery({
    queryKey: mySuppliersKey,
    queryFn: () => unwrap(suppliersApi.GET('/api/v1/suppliers/mine', { params: { query: { size: 100 } } })),
  });
}

/** The signed-in user's VERIFIED structures: the ones that may bid and get matching tenders. */
export function useMyVerifiedSuppliers() {
  const query = useMySuppliers();
  return { ...query, verified: (query.data?.content ?? []).filter((s) => s.status === 'VERIFIED') };
}

/**
 * A structure as its member reads it, with its ETag (for `If-Match`) and the length its audit log
 * had then: on a stale edit, the entries past that length are the changes made meanwhile.
 */
export function useSupplierForEdit(id: string) {
  return useQuery({
    queryKey: supplierKey(id),
    queryFn: async () => {
      const [{ data, etag }, audit] = await Promise.all([
        unwrapWithVersion(suppliersApi.GET('/api/v1/suppliers/{id}', { params: { path: { id } } })),
        unwrap(suppliersApi.GET('/api/v1/suppliers/{id}/audit', { params: { path: { id } } })),
      ]);
      return { supplier: data, etag, auditLength: audit.length };
    },
    // An edit form must not change under the user's fingers: reload only when asked.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function fetchAudit(id: string): Promise<AuditEntry[]> {
  return unwrap(suppliersApi.GET('/api/v1/suppliers/{id}/audit', { params: { path: { id } } }));
}

export function useAudit(id: string, enabled: boolean) {
  return useQuery({ queryKey: auditKey(id), queryFn: () => fetchAudit(id), enabled });
}

export function useRegisterSupplier() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: { siret: string; profile: SupplierProfile }) =>
      unwrap(suppliersApi.POST('/api/v1/suppliers', { body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: mySuppliersKey }),
  });
}

/** Saves the profile over the version read (`If-Match`): a 412 means someone changed it meanwhile. */
export function useUpdateProfile(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ profile, etag }: { profile: SupplierProfile; etag: string }) =>
      unwrapWithVersion(
        suppliersApi.PUT('/api/v1/suppliers/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: profile,
        }),
      ),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: supplierKey(id) });
      void queries.invalidateQueries({ queryKey: mySuppliersKey });
    },
  });
}

export function useAddMember(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(suppliersApi.POST('/api/v1/suppliers/{id}/members', { params: { path: { id } }, body: { userId } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: supplierKey(id) }),
  });
}

/** Removes a member; removing oneself is leaving (the API refuses to let the last member go). */
export function useRemoveMember(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(suppliersApi.DELETE('/api/v1/suppliers/{id}/members/{userId}', { params: { path: { id, userId } } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: supplierKey(id) });
      void queries.invalidateQueries({ queryKey: mySuppliersKey });
    },
  });
}

/** An empty profile for the registration form. */
export function emptyProfile(): SupplierProfile {
  return {
    legalName: '',
    kinds: [],
    location: {},
    activities: [],
    contacts: [],
  } as SupplierProfile;
}

/** The profile as the API takes it: contacts left empty are dropped. */
export function cleanProfile(profile: SupplierProfile): SupplierProfile {
  const contacts = (profile.contacts ?? []).filter((c) => c.name || c.role || c.email || c.phone);
  return { ...profile, contacts };
}
