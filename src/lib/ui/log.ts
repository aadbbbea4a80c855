/** The app's one logger. Debug output only when `localStorage.ztwDebug` is set. */
const debugOn = (() => {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem('ztwDebug') !== null;
  } catch {
    return false;
  }
})();

export const log = {
  debug: (...args: unknown[]) => {
    if (debugOn) console.warn('[ztw]', ...args);
  },
  warn: (...args: unknown[]) => console.warn('[ztw]', ...args),
  error: (...args: unknown[]) => console.error('[ztw]', ...args)
};
