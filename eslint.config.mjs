import globals from 'globals';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'unpackage/', 'static/', 'coverage/'] },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, uni: 'readonly', wx: 'readonly', getCurrentPages: 'readonly' } },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-mutating-props': ['error', { shallowOnly: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The reference UserSig server is plain CommonJS, deployable without a build step.
    files: ['server/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Only the platform adapter may reach uni/wx.
    files: ['src/**/*.{ts,vue}', 'App.vue', 'main.ts'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'uni', message: 'Use the platform port (src/platform).' }, { name: 'wx', message: 'Use the platform port (src/platform).' }],
    },
  },
  // Layers point one way: pages → components/composables → stores → chat port → backend; the platform
  // adapter beside them. Import cycles (type imports included) are checked by dependency-cruiser in `npm run lint`.
  // ESLint applies only the last matching block of a rule, so a narrower block repeats the wider one's bans.
  layer('src/stores/**', ['pages', 'components', 'composables'], 'Stores sit below pages, components and composables.'),
  layer('src/{components,composables}/**', ['pages'], 'Components and composables sit below pages.'),
  layer('src/platform/**', ['pages', 'components', 'composables', 'stores'], 'The platform adapter knows nothing of the app above it.'),
  layer('src/chat/**', ['pages', 'components', 'composables', 'stores', 'app'], 'The chat port and its backends sit below the app.', ['vue', 'pinia']),
  layer(
    'src/chat/local/**',
    ['pages', 'components', 'composables', 'stores', 'app', 'platform'],
    'The embedded service is pure TypeScript (it runs in Node and jest): storage and channels come in through src/chat/local/core/ports.ts.',
    ['vue', 'pinia', 'vue-i18n', '@dcloudio/uni-app'],
  ),
  {
    // Only src/config reads the build's environment (it validates and types it).
    files: ['src/**/*.{ts,vue}', 'App.vue', 'main.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.type='MetaProperty'][property.name='env']", message: 'Only src/config reads import.meta.env.' },
      ],
    },
  },
);

/** Forbids `files` to import the given folders of src/ (by alias or relative path) and the named packages. */
function layer(files, folders, message, packages = []) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages.map((name) => ({ name, message })),
          patterns: [
            { group: folders.flatMap((folder) => [`@/src/${folder}`, `@/src/${folder}/*`, `../**/${folder}`, `../**/${folder}/*`]), message },
          ],
        },
      ],
    },
  };
}
