/** One tile of a group's 9-grid avatar, in px inside a square of the avatar's size. */
export interface GridTile {
  left: number;
  top: number;
  size: number;
}

/** At most nine members show, as in WeChat. */
export const GRID_MAX = 9;

/**
 * WeChat's group avatar: the first members' avatars in a grid of 1 × 1 (one member), 2 × 2 (two to four)
 * or 3 × 3 (five to nine), with `gap` px around and between tiles. Rows are centred vertically and the
 * first row, which holds what does not fill a full row, is centred horizontally (three members: one on
 * top, two below).
 */
export function avatarGrid(count: number, size: number, gap: number): GridTile[] {
  const n = Math.max(0, Math.min(GRID_MAX, Math.floor(count)));
  if (n === 0) return [];
  const columns = n === 1 ? 1 : n <= 4 ? 2 : 3;
  const rows = Math.ceil(n / columns);
  const tile = (size - gap * (columns + 1)) / columns;
  const top = (size - rows * tile - (rows - 1) * gap) / 2;
  const firstRow = n - (rows - 1) * columns;
  const tiles: GridTile[] = [];
  for (let index = 0; index < n; index += 1) {
    const row = index < firstRow ? 0 : 1 + Math.floor((index - firstRow) / columns);
    const inRow = row === 0 ? firstRow : columns;
    const column = row === 0 ? index : (index - firstRow) % columns;
    const rowWidth = inRow * tile + (inRow - 1) * gap;
    const left = (size - rowWidth) / 2 + column * (tile + gap);
    tiles.push({ left: round(left), top: round(top + row * (tile + gap)), size: round(tile) });
  }
  return tiles;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
