import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { describeChanges, newerEntries, type AuditEntry } from './staleEdit';

const audit: AuditEntry[] = [
  { at: '2026-12-01T09:00:00Z', actor: 'me', action: 'REGISTERED', fields: [] },
  { at: '2026-12-07T10:20:00Z', actor: 'colleague-42', action: 'PROFILE_UPDATED', fields: ['description', 'contacts'] },
  { at: '2026-12-07T10:25:00Z', actor: 'me', action: 'PROFILE_UPDATED', fields: ['legalName'] },
];

describe('a stale edit says who changed what meanwhile', () => {
  it('keeps only the entries written after the form was loaded', () => {
    expect(newerEntries(audit, 1).map((entry) => entry.actor)).toEqual(['colleague-42', 'me']);
    expect(newerEntries(audit, 3)).toEqual([]);
  });

  it('names the other member and the fields changed, in French, and says when it was me', () => {
    const [other, mine] = describeChanges(newerEntries(audit, 1), 'me', i18n.t);
    expect(other).toContain('colleague-42');
    expect(other).toContain('la description et les contacts');
    expect(other).toContain('7 déc. 2026');
    expect(mine).toMatch(/^Vous/);
    expect(mine).toContain('la raison sociale');
  });
});
