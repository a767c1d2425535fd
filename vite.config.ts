import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { mangledProps } from './scripts/mangled-props.mjs';

/**
 * Library build of the self-contained browser bundle `dist/kompetence-elements.bundle.js`
 * (lit, @lit/context and zod included) for a plain `<script type="module">`.
 * `scripts/size.mjs` reuses this config for each `src/define/<tag>.ts` entry, so the size budget
 * measures exactly what this build produces.
 */
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates()],
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // The browsers the README promises (see "Browsers"): a newer syntax feature used later is
    // lowered for them instead of raising that floor unnoticed (today's output is the same as es2022's).
    target: ['es2022', 'chrome109', 'edge109', 'firefox115', 'safari16.4'],
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/bundle.ts',
      formats: ['es'],
      fileName: () => 'kompetence-elements.bundle.js',
    },
    rolldownOptions: {
      // One file, no chunks: an intranet editor pastes one <script> tag.
      // Full minification: in lib mode Vite leaves the whitespace of an `es` build, to keep pure
      // annotations for bundlers; this file goes straight to browsers (bundlers use dist/*.js), so
      // the minifier's kept /* @__PURE__ */ annotations are dropped too (140 of them, 0.2 KB gzip).
      // The compile hint asks Chromium-based browsers (136+) to compile the whole file at once on a
      // background thread, instead of each function lazily on the main thread when first called:
      // most of it runs at load (every element is defined and the first one renders). Measured at
      // 6x CPU throttling on the model page: evaluation 282 -> 188 ms. Other browsers ignore it.
      output: {
        codeSplitting: false,
        // Internal property names shortened (0.8 KB gzip): see scripts/mangled-props.mjs.
        minify: { compress: true, mangle: true, codegen: true, mangleProps: { include: new RegExp(`^(${mangledProps.join('|')})$`) } },
        comments: { annotation: false }, postBanner: '//# allFunctionsCalledOnLoad',
      },
    },
  },
});
