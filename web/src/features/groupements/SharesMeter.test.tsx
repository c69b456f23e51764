import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SharesMeter } from './SharesMeter';
import { sumShares } from './shares';

describe('SharesMeter', () => {
  it('announces the total and what is missing', () => {
    render(<SharesMeter shares={sumShares(['50', '30'])} />);
    expect(screen.getByRole('status')).toHaveTextContent('Total des parts : 80 % — il manque 20 % pour atteindre 100 %.');
  });

  it('says when the shares reach 100 %', () => {
    render(<SharesMeter shares={sumShares(['50', '49,5', '0,5'])} />);
    expect(screen.getByRole('status')).toHaveTextContent('Total des parts : 100 % — la répartition est complète.');
  });

  it('warns when the shares go over 100 %', () => {
    render(<SharesMeter shares={sumShares(['70', '40'])} />);
    expect(screen.getByRole('status')).toHaveTextContent('Total des parts : 110 % — 10 % de trop');
  });
});
