import { createContext, useContext } from 'react';
import i18n from '@/i18n';
import { formatShare } from './format';
import { sumShares } from './shares';
import type { Groupement, Member } from './model';

export interface Workspace {
  groupement: Groupement;
  /** The members the user acts for (a user may act for several structures). */
  mine: Member[];
  isLead: boolean;
  forming: boolean;
  /** A write was refused with 412: reload the groupement and say what changed. */
  onStale: (error: unknown) => void;
  /** A partner chosen from the suggestions, handed to the invitation form. */
  inviteDraft: InviteDraft | null;
  setInviteDraft: (draft: InviteDraft | null) => void;
}

export interface InviteDraft {
  supplierId: string;
  legalName: string;
  lots: number[];
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside the groupement workspace');
  return workspace;
}

/** The members still concerned by the groupement: in it, or invited and not yet answered. */
export function concerned(members: readonly Member[] | undefined): Member[] {
  return (members ?? []).filter((m) => m.status === 'ACCEPTED' || m.status === 'INVITED');
}

export function memberName(member: Pick<Member, 'legalName' | 'supplierId'>): string {
  return member.legalName ?? member.supplierId;
}

/**
 * What the joint bid still lacks, as the API will check it on submission (Consortium
 * requireReadyToBid): told beforehand so the lead is not surprised by a refusal.
 */
export function missingForBid(groupement: Groupement): string[] {
  const t = i18n.t;
  const accepted = (groupement.members ?? []).filter((m) => m.status === 'ACCEPTED');
  const missing: string[] = [];
  if (accepted.length < 2) missing.push(t('groupements.missing.partner'));
  const total = sumShares(accepted.map((m) => m.share));
  if (total.state !== 'reached') {
    missing.push(t('groupements.missing.shares', { total: formatShare(total.total) }));
  }
  const uncovered = groupement.uncoveredLots ?? [];
  if (uncovered.length > 0) missing.push(t('groupements.missing.lots', { lots: uncovered.join(', ') }));
  const withoutHabilitation = accepted.filter((m) => !m.habilitationGranted).map(memberName);
  if (withoutHabilitation.length > 0) {
    missing.push(t('groupements.missing.habilitation', { names: withoutHabilitation.join(', ') }));
  }
  return missing;
}
