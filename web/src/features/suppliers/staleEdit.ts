/** One entry of a supplier's audit log (supplier-service AuditEntry). */
export interface AuditEntry {
  at?: string;
  actor?: string;
  action?: string;
  fields?: string[];
  reason?: string | null;
}

/** i18next's `t` with keys built at run time (field and action names come from the API). */
type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The changes made since the profile was read: the audit log only grows, so the entries past the
 * length it had when the form was loaded are the newer ones (the log carries no version).
 */
export function newerEntries(audit: AuditEntry[], seenLength: number): AuditEntry[] {
  return audit.slice(seenLength);
}

const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });
const list = new Intl.ListFormat('fr', { type: 'conjunction' });

/**
 * One French sentence per newer change, saying who changed what and when, e.g. « Un autre membre
 * (identifiant colleague-42) a modifié la description et les contacts le 7 déc. 2026, 11:20. »
 */
export function describeChanges(entries: AuditEntry[], myUserId: string | undefined, translate: unknown): string[] {
  const t = translate as Translate;
  return entries.map((entry) => {
    const fields = (entry.fields ?? []).map((field) => t(`suppliers.changed.${field}`, { defaultValue: field }));
    const what =
      entry.action === 'PROFILE_UPDATED' && fields.length > 0
        ? t('suppliers.stale.changedFields', { fields: list.format(fields) })
        : t(`suppliers.audit.${entry.action ?? ''}`, { defaultValue: entry.action ?? '' });
    const at = entry.at ? when.format(new Date(entry.at)) : '';
    return entry.actor === myUserId
      ? t('suppliers.stale.byYou', { what, at })
      : t('suppliers.stale.byOther', { id: entry.actor, what, at });
  });
}
