import { nearEnd, virtualWindow } from '@/src/composables/virtual-window';
import { durationParts, muteLeft } from '@/src/utils/duration';

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

  it('counts rows from below what the scroll area shows above them', () => {
    // 300 px of sections above the rows: scrolled 300 px, the first row is at the top.
    expect(virtualWindow(6000, 300, 640, 64, 0, 300)).toMatchObject({ start: 0, end: 10, padTop: 0 });
    expect(virtualWindow(6000, 300 + 64 * 50, 640, 64, 0, 300)).toMatchObject({ start: 50, end: 60, padTop: 50 * 64 });
    // Still above the rows: the window starts at the first.
    expect(virtualWindow(6000, 0, 640, 64, 8, 300).start).toBe(0);
  });
});

describe('end of the loaded list', () => {
  const ROW = 64;
  const VIEW = 620;

  it('asks for the next page while the viewport is within the threshold of the end', () => {
    expect(nearEnd(0, VIEW, 100 * ROW, 10 * ROW)).toBe(false);
    expect(nearEnd(100 * ROW - VIEW - 10 * ROW, VIEW, 100 * ROW, 10 * ROW)).toBe(true);
  });

  it('is a level: a list resting at the very bottom after a fast fling still asks', () => {
    // 200 rows loaded, the fling ended at the bottom: no scroll event will follow, yet the next page is due.
    const bottom = 200 * ROW - VIEW;
    expect(nearEnd(bottom, VIEW, 200 * ROW, 10 * ROW)).toBe(true);
    // Once page 3 lands, the same position is far from the new end: nothing more until the user scrolls.
    expect(nearEnd(bottom, VIEW, 300 * ROW, 10 * ROW)).toBe(false);
  });

  it('asks when the loaded rows do not fill the viewport', () => {
    expect(nearEnd(0, VIEW, 3 * ROW, 10 * ROW)).toBe(true);
  });
});

describe('mute time left', () => {
  it('counts down to zero', () => {
    expect(muteLeft(1000, 400)).toBe(600);
    expect(muteLeft(100, 400)).toBe(0);
  });

  it('names the two largest units, rounding up to whole minutes', () => {
    expect(durationParts(600)).toEqual({ unit: 'm', days: 0, hours: 0, minutes: 10 });
    expect(durationParts(3600 * 2 + 300)).toEqual({ unit: 'hm', days: 0, hours: 2, minutes: 5 });
    expect(durationParts(86400 * 3 + 3600)).toEqual({ unit: 'dh', days: 3, hours: 1, minutes: 0 });
    expect(durationParts(3599)).toEqual({ unit: 'hm', days: 0, hours: 1, minutes: 0 });
    expect(durationParts(86399)).toEqual({ unit: 'dh', days: 1, hours: 0, minutes: 0 });
    // The example: a day's mute, six minutes in.
    expect(durationParts(86400 - 360)).toEqual({ unit: 'hm', days: 0, hours: 23, minutes: 54 });
    expect(durationParts(1)).toEqual({ unit: 'm', days: 0, hours: 0, minutes: 1 });
  });
});
