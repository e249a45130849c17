import type { Message as SdkMessage } from '@tencentcloud/chat';
import { MessageInstances } from '@/src/chat/cloud/message-instances';
import { asSdkMessage, textMessage } from './sdk-objects';

/** The SDK's memory: what its findMessage answers. */
function sdkMemory() {
  const held = new Map<string, SdkMessage>();
  const find = jest.fn((id: string) => held.get(id) ?? null);
  return { held, find };
}

const message = (n: number, conversation = 'bob') => asSdkMessage(textMessage({ ID: `m-${n}`, to: conversation }));

describe('MessageInstances', () => {
  test('a copy resolves to the instance remembered for its ID, or to the one the SDK holds', () => {
    const { held, find } = sdkMemory();
    const instances = new MessageInstances(find);
    const created = instances.remember(message(1));
    const fetched = message(2);
    held.set(fetched.ID, fetched);

    expect(instances.resolve({ ID: 'm-1' })).toBe(created);
    expect(instances.resolve({ ID: 'm-2' })).toBe(fetched);
    expect(instances.resolve({ ID: 'm-3' })).toBeNull();
  });

  test('only the SDK’s instances are kept, not a copy the SDK handed back', () => {
    const instances = new MessageInstances(sdkMemory().find);
    const copy = { ...message(1), _elements: undefined } as unknown as SdkMessage;

    expect(instances.remember(copy)).toBe(copy);
    expect(instances.size).toBe(0);
  });

  test('the SDK’s current instance wins over a remembered one it replaced (history fetched again)', () => {
    const { held, find } = sdkMemory();
    const instances = new MessageInstances(find);
    instances.remember(message(1));
    const refetched = message(1);
    held.set('m-1', refetched);

    expect(instances.resolve({ ID: 'm-1' })).toBe(refetched);
  });

  test('deleted messages, deleted or cleared conversations and the end of a session let go of instances', () => {
    const { find } = sdkMemory();
    const instances = new MessageInstances(find);
    instances.remember(message(1, 'bob'));
    instances.remember(message(2, 'bob'));
    instances.remember(message(3, 'carol'));
    instances.remember(message(4, 'carol'));

    instances.forget(['m-1']);
    expect(instances.resolve({ ID: 'm-1' })).toBeNull();
    instances.forgetConversations(['C2Ccarol']);
    expect(instances.size).toBe(1);
    expect(instances.resolve({ ID: 'm-2' })).not.toBeNull();
    instances.clear();
    expect(instances.size).toBe(0);
  });

  test('past its bound it drops what the SDK no longer holds, but keeps messages being sent, the last few, and those the SDK holds', async () => {
    const { held, find } = sdkMemory();
    const instances = new MessageInstances(find, 10, 2);
    let release: () => void = () => undefined;
    const inFlight = instances.remember(message(0));
    const sending = instances.sendingOf(inFlight.ID, () => new Promise<void>((resolve) => (release = resolve)));
    for (let n = 1; n <= 9; n++) {
      const instance = instances.remember(message(n));
      if (n % 2 === 0) held.set(instance.ID, instance);
    }
    expect(instances.size).toBe(10);

    // The 11th entry passes the bound: m-1, m-3, m-5 and m-7 go (not held, not sending, not among the last 2).
    const fresh = instances.remember(message(10));

    expect(instances.size).toBe(7);
    expect(instances.resolve({ ID: 'm-0' })).toBe(inFlight);
    expect(instances.resolve({ ID: 'm-1' })).toBeNull();
    expect(instances.resolve({ ID: 'm-9' })).not.toBeNull();
    expect(instances.resolve({ ID: 'm-10' })).toBe(fresh);

    // Growing again while the SDK holds everything: a sweep at 15 entries drops nothing, and the next one
    // waits for twice as many entries rather than running on every new message.
    held.set('m-9', instances.resolve({ ID: 'm-9' }) as SdkMessage);
    held.set('m-10', fresh);
    find.mockClear();
    for (let n = 11; n <= 20; n++) held.set(`m-${n}`, instances.remember(message(n)));
    expect(instances.size).toBe(17);
    // One sweep: the 13 older entries, but for the one being sent, are looked up once each.
    expect(find).toHaveBeenCalledTimes(12);
    release();
    await sending;
  });
});
