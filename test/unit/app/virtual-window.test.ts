import { virtualWindow } from '@/src/composables/virtual-window';
import { formatDuration, muteLeft } from '@/src/utils/duration';

describe('virtual window', () => {
  it('renders the viewport plus overscan, with spacers for the rest', () => {
    expect(virtualWindow(6000, 0, 640, 64, 8)).toEqual({ start: 0, end: 18, padTop: 0, padBottom: (6000 - 18) * 64 });
    const middle = virtualWindow(6000, 64 * 3000, 640, 64, 8);
    expect(middle.start).toBe(2992);
    expect(middle.end).toBe(3018);
    expect(middle.padTop + (middle.end - middle.start) * 64 + middle.padBottom).toBe(6000 * 64);
  });

  it('keeps the row count flat however long the list', () => {
    const small = virtualWindow(60, 640, 640, 64);
    const large = virtualWindow(6000, 640, 640, 64);
    expect(large.end - large.start).toBe(small.end - small.start);
  });

  it('clamps at the end and for short lists', () => {
    expect(virtualWindow(5, 0, 640, 64)).toMatchObject({ start: 0, end: 5, padBottom: 0 });
    const end = virtualWindow(100, 64 * 200, 640, 64);
    expect(end.end).toBe(100);
    expect(end.start).toBeLessThanOrEqual(100);
  });

  it('tells mute time left', () => {
    expect(muteLeft(1000, 400)).toBe(600);
    expect(muteLeft(100, 400)).toBe(0);
    expect(formatDuration(600)).toBe('10m');
    expect(formatDuration(3600 * 2 + 300)).toBe('2h 5m');
    expect(formatDuration(86400 * 3 + 3600)).toBe('3d 1h');
    expect(formatDuration(3599)).toBe('1h 0m');
    expect(formatDuration(86399)).toBe('1d 0h');
  });
});
