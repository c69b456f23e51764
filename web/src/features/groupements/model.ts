import type { components } from '@/api/generated/consortia';

/**
 * The groupement as the screens read it: consortium-service's generated types, with the
 * identifiers every answer carries made required. Everything else stays optional, so a view copes
 * with fewer fields (an invitee will see only the invitation).
 */
type Schemas = components['schemas'];
type With<T, K extends keyof T> = T & Required<Pick<T, K>>;

export type ConsortiumForm = Schemas['CreateGroupement']['form'];
export type ConsortiumStatus = NonNullable<Schemas['Groupement']['status']>;
export type MemberRole = Schemas['Invitation']['role'];

export const FORMS: readonly ConsortiumForm[] = ['CONJOINT', 'SOLIDAIRE', 'CONJOINT_WITH_JOINTLY_LIABLE_LEAD'];

export type MyPlace = With<Schemas['MyPlace'], 'supplierId' | 'role' | 'status'>;
export type GroupementSummary = With<Omit<Schemas['Summary'], 'mine'>, 'id' | 'tenderId' | 'status'> & { mine?: MyPlace[] };
export type TargetLot = With<Schemas['TargetLot'], 'number'>;
export type Member = With<Schemas['MemberView'], 'supplierId' | 'role' | 'status'>;
export type ChangeRequest = With<Schemas['ChangeRequest'], 'id' | 'type' | 'status' | 'leavingSupplierId'>;
export type Groupement = With<Omit<Schemas['Groupement'], 'members' | 'lots' | 'changeRequests'>, 'id' | 'tenderId' | 'status'> & {
  members?: Member[];
  lots?: TargetLot[];
  changeRequests?: ChangeRequest[];
};
export type Message = With<Schemas['ConsortiumMessage'], 'id' | 'text' | 'sentAt'>;
export type PartnerCandidate = With<Schemas['PartnerCandidate'], 'supplierId' | 'legalName'>;
export type PartnerSuggestions = Omit<Schemas['PartnerSuggestions'], 'lots'> & {
  lots?: (Omit<Schemas['LotSuggestions'], 'suggestions'> & { lotNumber: number; suggestions?: PartnerCandidate[] })[];
};
export type CreateGroupement = Schemas['CreateGroupement'];
export type Invitation = Schemas['Invitation'];
export type MemberScope = Schemas['MemberScope'];
export type CompositionChange = Schemas['CompositionChange'];
export type Offer = Schemas['Offer'];

export interface Page<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

/** The If-Match of a groupement the screen read (ETag = its version in quotes). */
export function ifMatch(groupement: Pick<Groupement, 'version'>): string {
  return `"${groupement.version ?? 0}"`;
}
