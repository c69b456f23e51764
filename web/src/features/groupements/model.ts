/**
 * The groupement as the screens read it. Fields the API may leave out (an invitee, who will see
 * only the invitation) are optional, so every view copes with fewer of them.
 */
export type ConsortiumForm = 'CONJOINT' | 'SOLIDAIRE' | 'CONJOINT_WITH_JOINTLY_LIABLE_LEAD';
export type ConsortiumStatus = 'FORMING' | 'SUBMITTING' | 'SUBMITTED' | 'EXPIRED';
export type MemberRole = 'LEAD' | 'MEMBER' | 'SUBCONTRACTOR';
export type InviteStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'LEFT';

export const FORMS: readonly ConsortiumForm[] = ['CONJOINT', 'SOLIDAIRE', 'CONJOINT_WITH_JOINTLY_LIABLE_LEAD'];

export interface MyPlace {
  supplierId: string;
  legalName?: string;
  role: MemberRole;
  status: InviteStatus;
}

export interface GroupementSummary {
  id: string;
  tenderId: string;
  tenderTitle?: string;
  form?: ConsortiumForm;
  status: ConsortiumStatus;
  leadSupplierId?: string;
  lots?: number[];
  mine?: MyPlace[];
}

export interface TargetLot {
  number: number;
  title?: string;
  cpv?: string;
  reservation?: string;
}

export interface Member {
  supplierId: string;
  legalName?: string;
  kinds?: string[];
  role: MemberRole;
  lots?: number[];
  work?: string | null;
  share?: number | string | null;
  status: InviteStatus;
  habilitationGranted?: boolean;
}

export interface LotOffer {
  lotNumber: number;
  amount: number | string;
}

export interface Submission {
  attempt?: number;
  offers?: LotOffer[];
  submittedAt?: string;
  bidId?: string | null;
  refusedRule?: string | null;
  refusal?: string | null;
}

export interface ChangeRequest {
  id: string;
  type: 'RESTRUCTURING' | 'INCAPACITY';
  reason?: string;
  leavingSupplierId: string;
  newShares?: Record<string, number | string>;
  status: 'PENDING' | 'APPROVED' | 'REFUSED';
  requestedAt?: string;
  decisionComment?: string | null;
  decidedAt?: string | null;
}

export interface Groupement {
  id: string;
  tenderId: string;
  tenderTitle?: string;
  deadline?: string;
  form?: ConsortiumForm;
  status: ConsortiumStatus;
  lots?: TargetLot[];
  members?: Member[];
  uncoveredLots?: number[];
  submission?: Submission | null;
  changeRequests?: ChangeRequest[];
  createdAt?: string;
  version?: number;
}

export interface Message {
  id: string;
  supplierId?: string;
  authorUserId?: string;
  text: string;
  sentAt: string;
}

export interface PartnerCandidate {
  supplierId: string;
  legalName: string;
  kinds?: string[];
  department?: string | null;
  region?: string | null;
  activities?: { cpvCodes?: string[]; rangeKind?: string | null; rangeDepartments?: string[]; rangeRegions?: string[] }[];
}

export interface PartnerSuggestions {
  available: boolean;
  lots?: { lotNumber: number; title?: string; suggestions?: PartnerCandidate[] }[];
}

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
