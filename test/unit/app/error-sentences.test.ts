import { createI18n } from 'vue-i18n';
import { CLOUD_CODE, USERSIG_CODE } from '@/src/chat/cloud/codes';
import { ChatError, ERROR_CODE } from '@/src/chat/errors';
import { LOCAL_CODE } from '@/src/chat/local/codes';
import { GROUP_CODE } from '@/src/chat/local/groups/codes';
import { MESSAGE_CODE } from '@/src/chat/local/messages/codes';
import { RULE_CODE } from '@/src/chat/rules/codes';
import { FRIEND_CODE, groupNameViolation, remarkBytesViolation } from '@/src/chat/rules/friends';
import { GROUP_ATTRIBUTE_CODE } from '@/src/chat/rules/group-attributes';
import { errorCodeKey, errorLine, errorText } from '@/src/composables/error-text';
import type { Translate } from '@/src/composables/error-text';
import { ConfigError } from '@/src/config/errors';
import { compileMessages } from '@/src/locales';
import { en as enTexts } from '@/src/locales/en';
import { errorCodeTexts } from '@/src/locales/error-texts';
import { zhHans as zhHansTexts } from '@/src/locales/zh-Hans';
import { PlatformError } from '@/src/platform/port';

/** The locale modules with the sentences of the error codes, as the app has them once they loaded (src/locales/load-error-texts.ts). */
const en = { ...enTexts, errors: { ...enTexts.errors, code: errorCodeTexts.en } };
const zhHans = { ...zhHansTexts, errors: { ...zhHansTexts.errors, code: errorCodeTexts['zh-Hans'] } };

/** Every code the app can meet: the shared tables, the embedded service's (groups, messages, friends, group attributes), the cloud path's and the app's own. */
const TABLES = { ERROR_CODE, RULE_CODE, LOCAL_CODE, GROUP_CODE, MESSAGE_CODE, CLOUD_CODE, USERSIG_CODE, FRIEND_CODE, GROUP_ATTRIBUTE_CODE };
const ALL_CODES = [...new Set(Object.values(TABLES).flatMap((table) => Object.values(table) as number[]))].sort((a, b) => a - b);
const CJK = /[\u4e00-\u9fff]/;

function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? Reflect.get(node, part) : undefined), messages);
}

function i18nFor(locale: 'en' | 'zh-Hans'): Translate {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en: compileMessages(en), 'zh-Hans': compileMessages(zhHans) },
  });
  const { t, te } = i18n.global;
  return { t: (key, named) => (named ? t(key, named) : t(key)), te: (key) => te(key) };
}

describe('error sentences', () => {
  test.each(ALL_CODES)('code %i has a sentence in English and in Chinese', (code) => {
    const english = lookup(en, errorCodeKey(code));
    const chinese = lookup(zhHans, errorCodeKey(code));
    expect(typeof english).toBe('string');
    expect(typeof chinese).toBe('string');
    expect(chinese).toMatch(CJK);
    expect(chinese).not.toBe(english);
  });

  test('the Chinese texts of every error are Chinese', () => {
    const texts = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : Object.values(node as object).flatMap((child) => texts(child));
    for (const text of texts(zhHans.errors)) expect(text).toMatch(CJK);
  });

  test('an SDK error shows the app’s sentence and its code, never the SDK’s message', () => {
    // The SDK's message is English (or empty when its error-text download failed).
    const error = new ChatError(ERROR_CODE.NETWORK_TIMEOUT, 'Request timed out');
    expect(errorText(error, i18nFor('zh-Hans'))).toEqual({ text: '聊天服务未及时响应，请检查网络后重试。', code: 2801 });
    expect(errorLine(error, i18nFor('zh-Hans'))).toBe('聊天服务未及时响应，请检查网络后重试。 (错误码 2801)');
    expect(errorLine(Object.assign(new Error(''), { code: 3122 }), i18nFor('en'))).toMatch(/^This feature is not enabled .* \(error 3122\)$/);
  });

  test('a refused remark, greeting or friend group name is named in the sentence', () => {
    const zh = i18nFor('zh-Hans');
    expect(errorText(remarkBytesViolation('长'.repeat(40)), zh)).toEqual({ text: '备注最多 96 字节（当前 120）。', code: 30001 });
    expect(errorText(groupNameViolation('name', 'x'.repeat(31)), i18nFor('en'))).toEqual({ text: 'Group name is at most 30 bytes (31 now).', code: 30001 });
  });

  test('an unknown code gets the fallback sentence, still with its code', () => {
    expect(errorText(new ChatError(123456, 'Some server text'), i18nFor('zh-Hans'))).toEqual({ text: '出现错误。', code: 123456 });
  });

  test('errors without a code: the SDK’s parameter check, configuration, platform, anything else', () => {
    const zh = i18nFor('zh-Hans');
    expect(errorText(new Error('Params validate failed.'), zh)).toEqual({ text: zhHans.errors.code.n1, code: null });
    expect(errorText(new ConfigError('VITE_AVATAR_UPLOAD_URL', 'not set'), zh).text).toBe('应用配置有误（VITE_AVATAR_UPLOAD_URL）。');
    expect(errorText(new PlatformError('failed', 'HTTP 502'), zh)).toEqual({ text: '请求失败，请检查网络后重试。', code: null });
    expect(errorText(new Error('The chat service did not become ready in time.'), zh)).toEqual({ text: '出现错误。', code: null });
    expect(errorText('boom', zh)).toEqual({ text: '出现错误。', code: null });
  });
});
