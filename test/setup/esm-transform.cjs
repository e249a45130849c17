// A jest transformer for the ES modules jest must load from node_modules (see jest.config.cjs): esbuild
// rewrites their import/export to CommonJS, nothing else.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest loads transformers as CommonJS
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, { format: 'cjs', loader: 'js', sourcefile: filename, sourcemap: true, target: 'node20' });
    return { code, map };
  },
};
