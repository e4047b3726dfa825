import { describe, expect, it } from 'vitest';
import { actionValues } from '@/api/enums';
import { hazardActions } from './types';

describe('hazard vocabularies', () => {
  it('orders every action of the contract for the buttons, and no other', () => {
    expect([...hazardActions].sort()).toEqual([...actionValues].sort());
  });
});
