import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { articleText, explainRule, ruleOf } from './rules';

describe('explainRule', () => {
  it.each([
    ['R2142-21', 'members', /seul et en groupement/],
    ['R2142-23', 'lead', /déjà mandataire/],
    ['R2142-26', 'composition', /figée depuis le dépôt/],
    ['L2113-12', 'lots', /entreprises adaptées/],
    ['L2113-13', 'lots', /insertion par l'activité économique/],
    ['L2113-14', 'lots', /EA, ESAT et SIAE/],
    ['L2113-15', 'lots', /économie sociale et solidaire/],
  ])('explains %s in French with its article', (rule, concern, message) => {
    const explained = explainRule(rule);
    expect(explained.article).toBe(rule);
    expect(explained.concern).toBe(concern);
    expect(explained.message).toMatch(message);
    expect(articleText(rule)).toBe(`Article ${rule} du code de la commande publique.`);
  });

  it('explains the groupement rules that are not articles without inventing one', () => {
    const shares = explainRule('shares');
    expect(shares.article).toBeUndefined();
    expect(shares.concern).toBe('shares');
    expect(shares.message).toBe('Les parts des membres doivent totaliser exactement 100 %.');
    expect(explainRule('lot coverage').message).toMatch(/au moins un cotraitant/);
  });

  it('cites an article it does not know as it comes', () => {
    const explained = explainRule('R2151-6');
    expect(explained.article).toBe('R2151-6');
    expect(explained.message).toBe('Cette action est refusée (R2151-6).');
  });
});

describe('ruleOf', () => {
  it('reads the rule of a refused call, and nothing from other failures', () => {
    const refused = new ApiError('conflict', 409, 'Refusé', {}, 'R2142-23');
    expect(ruleOf(refused)?.article).toBe('R2142-23');
    expect(ruleOf(new ApiError('invalid', 400, 'Invalide'))).toBeUndefined();
    expect(ruleOf(new Error('boom'))).toBeUndefined();
  });
});
