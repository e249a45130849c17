import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import uniPlugin from '@dcloudio/vite-plugin-uni';
import { assertBuildEnv } from './src/config/build-guard';

// The package ships CommonJS with a `default` export; under Vite's config loader it arrives wrapped.
const uni = ((uniPlugin as unknown as { default?: typeof uniPlugin }).default ?? uniPlugin) as typeof uniPlugin;

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const { backend } = assertBuildEnv(env, mode);
  return {
    plugins: [uni()],
    resolve: {
      alias: {
        // Only the chosen backend is bundled: the local-mode mini program must not contain the SDK.
        '#chat-backend': fileURLToPath(new URL(`./src/chat/backends/${backend}.ts`, import.meta.url)),
      },
    },
    server: { host: '127.0.0.1' },
  };
});
