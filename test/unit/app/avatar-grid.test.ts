import { avatarGrid } from '@/src/utils/avatar-grid';

describe("a group's 9-grid avatar", () => {
  it('draws one member as one tile filling the square inside the gap', () => {
    expect(avatarGrid(1, 48, 2)).toEqual([{ left: 2, top: 2, size: 44 }]);
  });

  it('puts two side by side, centred vertically', () => {
    expect(avatarGrid(2, 48, 2)).toEqual([
      { left: 2, top: 13.5, size: 21 },
      { left: 25, top: 13.5, size: 21 },
    ]);
  });

  it('puts three as one centred on top and two below', () => {
    expect(avatarGrid(3, 48, 2)).toEqual([
      { left: 13.5, top: 2, size: 21 },
      { left: 2, top: 25, size: 21 },
      { left: 25, top: 25, size: 21 },
    ]);
  });

  it('uses a 3 × 3 grid from five members, the short row on top', () => {
    const five = avatarGrid(5, 60, 3);
    expect(five).toHaveLength(5);
    const tile = (60 - 3 * 4) / 3;
    expect(five[0].size).toBe(tile);
    // Two rows of a 3-grid, centred: (60 - 2 × 16 - 3) / 2 = 12.5 from the top.
    expect(five[0].top).toBe(12.5);
    expect(five[2].top).toBe(12.5 + tile + 3);
    // The top row holds two, centred horizontally.
    expect(five[0].left).toBe((60 - (2 * tile + 3)) / 2);
  });

  it('shows at most nine, and nothing for no member', () => {
    expect(avatarGrid(30, 48, 2)).toHaveLength(9);
    expect(avatarGrid(9, 48, 2).map((t) => t.top)).toEqual([2, 2, 2, 17.33, 17.33, 17.33, 32.67, 32.67, 32.67]);
    expect(avatarGrid(0, 48, 2)).toEqual([]);
  });
});
