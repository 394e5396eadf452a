import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/deploy/precompress.ts';

// `base: './'` makes every asset URL relative, so dist/ works from any static server and any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // .gz and .br beside every file worth compressing, for static servers to send as they are (docs/deploy.md).
    {
      name: 'precompress',
      apply: 'build',
      closeBundle() {
        precompress('dist');
      },
    },
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 3000,
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
