import { defineConfig } from 'vite';

// Storybook's own Vite config: the root vite.config.ts is the library build of the bundle.
// (Storybook ignores `build` here anyway.) Class fields follow tsconfig.json
// (useDefineForClassFields: false), which Vite reads by itself.
export default defineConfig({});
