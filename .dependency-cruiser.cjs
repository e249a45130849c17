/**
 * Import cycles, type-only imports included: a type import back into a module is still a dependency that
 * points the wrong way (ESLint's import plugins skip type imports, so the cycle check lives here).
 * Layer rules are in eslint.config.mjs (no-restricted-imports). Run by `npm run lint`.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a loop, not even through type imports.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|unpackage)/' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.vue', '.json'] },
  },
};
