import i18n from '@/i18n';
import { isApiError } from '@/api/problem';

/**
 * What consortium-service refuses (409 with `rule`), in French, with the article of the code de la
 * commande publique when the rule is one, and the part of the screen it concerns so the message
 * shows next to that field or action.
 */
export type RuleConcern = 'lead' | 'lots' | 'members' | 'shares' | 'submit' | 'composition' | 'tender';

export interface RuleExplanation {
  rule: string;
  /** The article, "R2142-23", when the rule is one of the code's. */
  article?: string;
  message: string;
  concern: RuleConcern;
}

interface Known {
  /** Its message under `groupements.rules`. */
  key: string;
  concern: RuleConcern;
}

// Keys are the API's `rule` values (ConsortiumRuleViolation, Reservation.article()).
const KNOWN: Record<string, Known> = {
  'R2142-21': { key: 'r2142_21', concern: 'members' },
  'R2142-23': { key: 'r2142_23', concern: 'lead' },
  'R2142-26': { key: 'r2142_26', concern: 'composition' },
  'L2113-12': { key: 'l2113_12', concern: 'lots' },
  'L2113-13': { key: 'l2113_13', concern: 'lots' },
  'L2113-14': { key: 'l2113_14', concern: 'lots' },
  'L2113-15': { key: 'l2113_15', concern: 'lots' },
  deadline: { key: 'deadline', concern: 'tender' },
  'tender status': { key: 'tenderStatus', concern: 'tender' },
  'groupement status': { key: 'groupementStatus', concern: 'composition' },
  'verified suppliers only': { key: 'verifiedOnly', concern: 'members' },
  membership: { key: 'membership', concern: 'members' },
  invitation: { key: 'invitation', concern: 'members' },
  mandataire: { key: 'mandataire', concern: 'lead' },
  habilitation: { key: 'habilitation', concern: 'submit' },
  composition: { key: 'composition', concern: 'submit' },
  shares: { key: 'shares', concern: 'shares' },
  'lot coverage': { key: 'lotCoverage', concern: 'lots' },
};

const ARTICLE = /^[LRD]\d{4}-\d+$/;

export function explainRule(rule: string): RuleExplanation {
  const known = KNOWN[rule];
  // A rule the screen does not know (tender-service's, relayed on submit) is cited as it comes.
  const article = ARTICLE.test(rule) ? rule : undefined;
  const message = known
    ? (i18n.t as (k: string) => string)(`groupements.rules.${known.key}`)
    : i18n.t('groupements.rules.unknown', { rule });
  return { rule, message, concern: known?.concern ?? 'submit', ...(article && { article }) };
}

/** "Article R2142-23 du code de la commande publique", for the line under the message. */
export function articleText(article: string): string {
  return i18n.t('groupements.rules.article', { article });
}

/** The explanation of a refused call when it carries a rule, else undefined. */
export function ruleOf(error: unknown): RuleExplanation | undefined {
  return isApiError(error) && error.rule ? explainRule(error.rule) : undefined;
}
