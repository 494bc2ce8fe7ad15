import { describe, expect, it } from 'vitest';
import { nthOfMix, plainQuestion } from '../../src/bench/meeting-mix.js';

const projects = [{ id: 'p1', name: 'Облачная платформа', owner: 'Astana Hub' }];

describe('the lookup mix of the bench', () => {
  it('asks every plain question in turn, not the same few (the mix has eight kinds)', () => {
    const kinds = ['reserved', 'project', 'projectByName', 'projects', 'history', 'priorities', 'prioritiesNewDate', 'plainQuestion'] as const;
    const asked = new Set<string>();
    let plain = 0;
    for (let i = 0; i < kinds.length * 16; i++) {
      const { kind, index } = nthOfMix(kinds, i);
      if (kind !== 'plainQuestion') continue;
      plain += 1;
      asked.add(plainQuestion(projects, index));
    }
    expect(plain).toBe(16);
    expect(asked.size).toBe(16);
  });

  it('takes the kinds in turn', () => {
    expect([0, 1, 2, 3].map((i) => nthOfMix(['a', 'b'], i))).toEqual([
      { kind: 'a', index: 0 },
      { kind: 'b', index: 0 },
      { kind: 'a', index: 1 },
      { kind: 'b', index: 1 },
    ]);
  });
});
