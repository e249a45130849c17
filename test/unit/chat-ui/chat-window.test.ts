import { ChatWindow } from '@/src/composables/chat-window';

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `m${from + i}`);

describe('ChatWindow', () => {
  it('renders only the rows near the viewport, with spacers for the rest', () => {
    const list = new ChatWindow(() => 100);
    list.setRows(ids(10_000), () => 100);
    expect(list.total).toBe(1_000_000);
    const bottom = list.window(list.total - 800, 800, 6);
    expect(bottom.end).toBe(10_000);
    expect(bottom.end - bottom.start).toBeLessThanOrEqual(8 + 1 + 12);
    expect(bottom.padTop + (bottom.end - bottom.start) * 100 + bottom.padBottom).toBe(list.total);
    const top = list.window(0, 800, 6);
    expect(top.start).toBe(0);
    expect(top.end).toBe(15);
  });

  it('measured heights replace estimates, and the shift above the anchor is reported', () => {
    const list = new ChatWindow(() => 50);
    list.setRows(ids(10), () => 50);
    // Rows 0 and 1 start above y = 120; row 5 below it.
    const shift = list.measure(
      [
        { id: 'm0', height: 80 },
        { id: 'm1', height: 40 },
        { id: 'm5', height: 200 },
      ],
      120,
    );
    expect(shift).toBe(30 - 10);
    expect(list.offsetOf(2)).toBe(120);
    expect(list.total).toBe(500 + 30 - 10 + 150);
    // Unknown IDs and zero heights (not laid out) are ignored.
    expect(list.measure([{ id: 'x', height: 99 }, { id: 'm2', height: 0 }], 1000)).toBe(0);
  });

  it('keeps measured heights by ID when older rows come in front', () => {
    const list = new ChatWindow(() => 50);
    list.setRows(ids(5, 10), () => 50);
    list.measure([{ id: 'm10', height: 120 }], 0);
    list.setRows([...ids(15, 0), ...ids(5, 15)], () => 50);
    expect(list.heightAt(10)).toBe(120);
    // The old first row now starts after the 10 new ones: what the page adds to its scroll position.
    expect(list.offsetOf(10)).toBe(500);
    expect(list.indexAt(505)).toBe(10);
    expect(list.indexAt(10_000)).toBe(19);
  });
});
