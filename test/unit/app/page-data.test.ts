import { pageData, type PageChrome } from '@/src/composables/page-data';
import { eventually } from '../../wait';

/** The page chrome as a log of what the page asked for, in order. */
function recordingChrome(log: string[]): PageChrome {
  return {
    setTitle: (title) => log.push(`title:${title}`),
    stopPullDownRefresh: () => log.push('stop'),
  };
}

/** A load the test answers when it chooses; each call is logged. */
function controlledLoad(log: string[]) {
  const pending: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  const load = () =>
    new Promise<void>((resolve, reject) => {
      log.push('load');
      pending.push({ resolve, reject });
    });
  return { load, answer: () => pending.shift()?.resolve(), fail: (error: unknown) => pending.shift()?.reject(error) };
}

describe('a page shown and pulled down', () => {
  it('sets the title as it reads now and loads on every show', async () => {
    const log: string[] = [];
    let language = 'en';
    const { load, answer } = controlledLoad(log);
    const page = pageData({ title: () => (language === 'en' ? 'Groups' : '群聊'), load }, recordingChrome(log));
    page.show();
    expect(page.loading.value).toBe(true);
    answer();
    await eventually(() => page.loading.value === false);
    language = 'zh-Hans';
    page.show();
    answer();
    await eventually(() => page.loading.value === false);
    expect(log).toEqual(['title:Groups', 'load', 'title:群聊', 'load']);
  });

  it('stops the pull-down spinner only once the load has answered', async () => {
    const log: string[] = [];
    const { load, answer } = controlledLoad(log);
    const page = pageData({ title: () => 'Blocklist', load }, recordingChrome(log));
    const pulled = page.pullDownRefresh();
    await eventually(() => log.includes('load'));
    expect(log).toEqual(['load']);
    answer();
    await pulled;
    expect(log).toEqual(['load', 'stop']);
  });

  it('stops the spinner and keeps the reason when the load fails, without rejecting', async () => {
    const log: string[] = [];
    const { load, fail, answer } = controlledLoad(log);
    const page = pageData({ title: () => 'User', load }, recordingChrome(log));
    const pulled = page.pullDownRefresh();
    fail(Object.assign(new Error('no such user'), { code: 70107 }));
    await expect(pulled).resolves.toBeUndefined();
    expect(log).toEqual(['load', 'stop']);
    expect(page.error.value).toEqual({ code: 70107, message: 'no such user' });

    const retried = page.reload();
    answer();
    await retried;
    expect(page.error.value).toBeNull();
  });

  it('loads on show only when the page says so, but always on pull-down', async () => {
    const log: string[] = [];
    let needed = false;
    const { load, answer } = controlledLoad(log);
    const page = pageData({ title: () => 'Me', load, loadOnShow: () => needed }, recordingChrome(log));
    page.show();
    needed = true;
    page.show();
    answer();
    const pulled = page.pullDownRefresh();
    answer();
    await pulled;
    expect(log).toEqual(['title:Me', 'title:Me', 'load', 'load', 'stop']);
  });

  it('only sets the title on a page with nothing to load', async () => {
    const log: string[] = [];
    const page = pageData({ title: () => 'Sign in' }, recordingChrome(log));
    page.show();
    await page.reload();
    expect(page.loading.value).toBe(false);
    expect(log).toEqual(['title:Sign in']);
  });

  it('renames the bar when its title changes while shown, and leaves it alone once hidden', () => {
    const log: string[] = [];
    let language = 'en';
    const page = pageData({ title: () => (language === 'en' ? 'Me' : '我') }, recordingChrome(log));
    page.retitle();
    page.show();
    language = 'zh-Hans';
    page.retitle();
    page.hide();
    language = 'en';
    page.retitle();
    expect(log).toEqual(['title:Me', 'title:我']);
  });
});
