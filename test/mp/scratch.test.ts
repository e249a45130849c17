import path from 'path';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const simulate = require('miniprogram-simulate');
const exparser = require('miniprogram-exparser');
const root = path.resolve(__dirname, '../../dist/build/mp-weixin');
test('scratch', async () => {
  const g = global as any;
  let appOptions: any;
  g.App = (o: any) => { appOptions = o; };
  g.getApp = () => appOptions;
  g.Page = (o: any) => g.Component(o);
  g.getCurrentPages = () => [{ route: 'src/pages/login/login' }];
  const store = new Map<string, any>();
  Object.assign(g.wx, {
    setStorageSync: (k: string, v: any) => store.set(k, v),
    getStorageSync: (k: string) => (store.has(k) ? store.get(k) : ''),
    removeStorageSync: (k: string) => store.delete(k),
    getStorageInfoSync: () => ({ keys: [...store.keys()], currentSize: 0, limitSize: 10240 }),
    reLaunch: (o: any) => { console.log('reLaunch', o.url); o.success?.({}); },
  });
  require(path.join(root, 'app.js'));
  appOptions.onLaunch({ path: 'src/pages/login/login', query: {} });
  const id = simulate.load(path.join(root, 'src/pages/login/login'), { rootPath: root, compiler: 'official' });
  const comp = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  comp.attach(parent);
  await simulate.sleep(50);
  const inp = comp.querySelector('.input-userID');
  console.log('inp', !!inp, !!comp.querySelector('.demo-alice'), !!comp.querySelector('.user-avatar'));
  console.log(Object.keys(comp.instance).join(','));
  console.log('ev', JSON.stringify(inp._exparserNode._vt.event), !!inp.dom.__wxElement);
  const orig = comp.instance.e1_6a; comp.instance.e1_6a = (...a: any[]) => { console.log('handler called', JSON.stringify(a[0]).slice(0,300)); return orig.apply(comp.instance, a); };
  inp.dispatchEvent('input', { detail: { value: 'x'.repeat(33) } });
  await simulate.sleep(20);
  console.log(inp._exparserNode._vt?.attrs, inp.dom.outerHTML, inp._exparserNode.value, Object.keys(inp._exparserNode));
  comp.querySelector('.btn-login').dispatchEvent('tap');
  await simulate.sleep(20);
  console.log(comp.querySelector('.error-userID')?.dom.textContent);
  comp.querySelector('.demo-alice').dispatchEvent('tap');
  await simulate.sleep(50);
  console.log([...store.keys()]);
});
