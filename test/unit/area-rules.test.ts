import { describe, expect, it } from 'vitest';
import { AreaKind } from '../../src/modules/areas/area.enums.js';
import { placeBelow } from '../../src/modules/areas/area.rules.js';

const { DISTRICT, STREET, COMMUNITY, GRID, BUILDING } = AreaKind;
const area = (kind: AreaKind, gridLevel: number | null = kind === GRID ? 1 : null) => ({ kind, gridLevel });

describe('where an area may go (placeBelow)', () => {
  it.each([
    [STREET, area(DISTRICT), { gridLevel: null }],
    [STREET, area(STREET), null],
    [COMMUNITY, area(STREET), { gridLevel: null }],
    [COMMUNITY, area(DISTRICT), null],
    [GRID, area(COMMUNITY), { gridLevel: 1 }],
    [GRID, area(GRID, 1), { gridLevel: 2 }],
    [GRID, area(GRID, 2), { gridLevel: 3 }],
    [GRID, area(GRID, 3), null],
    [GRID, area(STREET), null],
    [GRID, area(BUILDING), null],
    [BUILDING, area(GRID, 3), { gridLevel: null }],
    [BUILDING, area(COMMUNITY), { gridLevel: null }],
    [BUILDING, area(STREET), null],
    [DISTRICT, area(DISTRICT), null],
  ] as const)('a %s below %o: %o', (kind, parent, expected) => {
    expect(placeBelow(kind, parent)).toEqual(expected);
  });
});
