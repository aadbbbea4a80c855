import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  plugins: [sveltekit()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Classic Blob workers are the only kind that load from file:// (TOOLCHAIN.md).
  worker: { format: 'iife' },
  build: {
    // Every asset inline: a separate file would point to a wrong path in the single file.
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: 8000,
    sourcemap: false
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000
  }
});
