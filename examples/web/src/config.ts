/**
 * Where casegraph is. Read when the page loads from `<meta name="casegraph-url">` in index.html, which
 * the server of the built app fills in (`npm run web`), so one build runs against any deployment.
 */
export function casegraphUrl(): string {
  const meta = document.querySelector('meta[name="casegraph-url"]');
  const url = meta?.getAttribute('content');
  if (!url) throw new Error('index.html names no casegraph: <meta name="casegraph-url" content="…"> is missing.');
  return new URL(url, window.location.href).toString();
}
