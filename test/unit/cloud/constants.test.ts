import TencentCloudChat from '@tencentcloud/chat';
import { EVENT, TYPES } from '@/src/chat/constants';

// The package is CommonJS (module.exports = { create, TYPES, EVENT, TSignaling, VERSION }); the default import
// is that object. Its enums are read as plain records so that a missing key shows up as undefined.
const sdkTypes = TencentCloudChat.TYPES as unknown as Record<string, unknown>;
const sdkEvents = TencentCloudChat.EVENT as unknown as Record<string, unknown>;

describe("our constants equal the SDK's", () => {
  test('the SDK module is the real one', () => {
    expect(typeof TencentCloudChat.create).toBe('function');
    expect(Object.keys(sdkTypes).length).toBeGreaterThan(Object.keys(TYPES).length);
  });

  test.each(Object.entries(TYPES))('TYPES.%s = %p', (key, value) => {
    expect(sdkTypes[key]).toBe(value);
  });

  test.each(Object.entries(EVENT))('EVENT.%s = %p', (key, value) => {
    expect(sdkEvents[key]).toBe(value);
  });
});
