/** The demo organisation's export files, bundled with the app (sample-data/). */

const files = import.meta.glob('/sample-data/*.{csv,json,jsonl,xlsx,zip,gz}', {
  query: '?raw',
  import: 'default'
}) as Record<string, () => Promise<string>>;

/** The demo files as File objects, ready for the import pipeline. */
export async function demoFiles(): Promise<{ name: string; file: File }[]> {
  const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    entries.map(async ([path, load]) => {
      const name = path.split('/').pop()!;
      const text = await load();
      return { name, file: new File([text], name, { type: 'text/plain' }) };
    })
  );
}

/** True when the build carries demo data. */
export function hasDemo(): boolean {
  return Object.keys(files).length > 0;
}
