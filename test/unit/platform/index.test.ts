import { platform } from '@/src/platform';

// Stores import the app's platform; a Node test that pulls one in must not crash on the missing `uni`.
test('the app platform can be imported where no uni exists', () => {
  expect(typeof platform.chooseImage).toBe('function');
  expect(platform.displayUrl('/static/avatars/alice.png')).toBe('/static/avatars/alice.png');
});
