import { createCloudContractClients } from '@/src/chat/cloud/contract';
import { decodeUserSig } from '@/src/chat/cloud/usersig';
import { fakeSdkModule } from './fake-sdk-module';

describe('contract helpers', () => {
  test('createCloudContractClients makes one SDK per module copy (on first use), quiet, with UserSigs for any user', async () => {
    const loads: Array<ReturnType<typeof fakeSdkModule>> = [];
    const clients = createCloudContractClients(3, {
      sdkAppID: 1400000001,
      secretKey: 'secret',
      loadSdkModule: () => {
        loads.push(fakeSdkModule());
        return loads[loads.length - 1].sdkModule;
      },
    });
    expect(clients).toHaveLength(3);
    expect(loads).toHaveLength(3);
    await Promise.all(clients.map((client) => client.chat.logout()));
    loads.forEach(({ instances }) => expect(instances[0].setLogLevel).toHaveBeenCalledWith(4));
    expect(decodeUserSig(clients[1].userSig('carol'))).toMatchObject({
      'TLS.identifier': 'carol',
      'TLS.sdkappid': 1400000001,
      'TLS.expire': 86400,
    });
  });

  test('more than one client without a module loader is refused: they would share one SDK instance', () => {
    expect(() => createCloudContractClients(2, { sdkAppID: 1400000001, secretKey: 'secret' })).toThrow(/loadSdkModule/);
  });
});
