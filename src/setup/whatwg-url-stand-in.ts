// Stands in for the `whatwg-url` package in the bundle. node-fetch 2 (telegraf's HTTP client) uses
// Node's own URL when there is one (`Url.URL || whatwgUrl.URL`), so the package's Unicode tables
// (3–4 MB of memory once loaded) were never used, only loaded.
export const URL = globalThis.URL;
export const URLSearchParams = globalThis.URLSearchParams;
export default { URL, URLSearchParams };
