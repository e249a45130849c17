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
);
