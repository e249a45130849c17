import { createI18n } from 'vue-i18n';
import { errorLine, errorText } from '@/src/composables/error-text';
import type { Translate } from '@/src/composables/error-text';
import { compileMessages } from '@/src/locales';
import { en as enTexts } from '@/src/locales/en';
import { errorCodeTexts } from '@/src/locales/error-texts';
import { zhHans as zhHansTexts } from '@/src/locales/zh-Hans';
import type { Gateway } from './gateway';
import { cloudClient, rejection, signIn, startGateway, teardown } from './harness';

const CJK = /[\u4e00-\u9fff]/;
/** The locale modules with the sentences of the error codes, as the app has them once they loaded (src/locales/load-error-texts.ts). */
const en = { ...enTexts, errors: { ...enTexts.errors, code: errorCodeTexts.en } };
const zhHans = { ...zhHansTexts, errors: { ...zhHansTexts.errors, code: errorCodeTexts['zh-Hans'] } };
const zh: Translate = (() => {
  const { t, te } = createI18n({ legacy: false, locale: 'zh-Hans', messages: { en: compileMessages(en), 'zh-Hans': compileMessages(zhHans) } }).global;
  return { t: (key, named) => (named ? t(key, named) : t(key)), te: (key) => te(key) };
})();

let gateway: Gateway;
beforeEach(() => {
  gateway = startGateway();
  gateway.addUser('alice');
});
afterEach(() => teardown(gateway));

// Issue 13, item 4: the SDK's own error texts come from a download (web.sdk.qcloud.com and two fallbacks);
// without it (offline here, as behind a missing domain on WeChat) its messages are empty, and in any case
// English. The app shows its own sentence in the person's language, with the code.
describe('error texts for real SDK errors', () => {
  test('blocking oneself: the SDK rejects with 2742 and a message the app does not show', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const error = await rejection(chat.addToBlacklist({ userIDList: ['alice'] }));

    expect(error).toMatchObject({ code: 2742 });
    expect(String(Reflect.get(error as object, 'message'))).not.toMatch(CJK);
    expect(errorText(error, zh)).toEqual({ text: '不能把自己加入黑名单。', code: 2742 });
  });

  test('an unanswered login: a sentence that says what to do, and the code', async () => {
    gateway.unanswered.add('wslogin');
    const chat = cloudClient({ loginTimeoutMs: 500 });

    const error = await rejection(chat.login({ userID: 'alice', userSig: 'sig-alice' }));

    expect(errorLine(error, zh)).toBe('聊天服务未及时响应，请检查网络后重试。 (错误码 2801)');
  });
});
