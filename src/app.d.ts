// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {}
  /** The app's version from package.json, set at build time. */
  const __APP_VERSION__: string;
}

export {};
