import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
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
