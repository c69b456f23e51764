import i18n from '@/i18n';
import { formatShare } from './format';
import type { Groupement, Member } from './model';

function name(member: Member): string {
  return member.legalName ?? member.supplierId;
}

function sameLots(a: Member, b: Member): boolean {
  return [...(a.lots ?? [])].sort().join(',') === [...(b.lots ?? [])].sort().join(',');
}

/**
 * What someone else changed between the version the screen showed and the one just reloaded
 * after a 412, in French sentences, so nobody redoes an action blindly.
 */
export function describeChanges(before: Groupement, after: Groupement): string[] {
  const t = i18n.t;
  const lines: string[] = [];
  if (before.status !== after.status) {
    lines.push(t('groupements.changed.status', { status: t(`groupements.status.${after.status}`) }));
  }
  const previous = new Map((before.members ?? []).map((m) => [m.supplierId, m]));
  for (const member of after.members ?? []) {
    const old = previous.get(member.supplierId);
    if (!old) {
      lines.push(t('groupements.changed.added', { name: name(member), status: t(`groupements.invite.${member.status}`) }));
      continue;
    }
    if (old.status !== member.status) {
      lines.push(t('groupements.changed.memberStatus', { name: name(member), status: t(`groupements.invite.${member.status}`) }));
    }
    if (old.role !== member.role) {
      lines.push(t('groupements.changed.role', { name: name(member), role: t(`groupements.role.${member.role}`) }));
    }
    if (String(old.share ?? '') !== String(member.share ?? '')) {
      lines.push(t('groupements.changed.share', { name: name(member), from: formatShare(old.share), to: formatShare(member.share) }));
    }
    if (!sameLots(old, member) || (old.work ?? '') !== (member.work ?? '')) {
      lines.push(t('groupements.changed.scope', { name: name(member) }));
    }
    if (Boolean(old.habilitationGranted) !== Boolean(member.habilitationGranted)) {
      lines.push(t('groupements.changed.habilitation', { name: name(member) }));
    }
  }
  if ((before.changeRequests ?? []).length !== (after.changeRequests ?? []).length) {
    lines.push(t('groupements.changed.changeRequests'));
  }
  return lines;
}
