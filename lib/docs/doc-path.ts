/** Where a documentation page lives on the docs host: the first page is the home page. */
export function docPath(slug: string, index: number): string {
  return index === 0 ? '/' : `/${slug}`;
}

/** The docs host's API reference page (docs.<root>/api): there `/api` is a page, not the API's root. */
export const DOCS_API_REFERENCE_PATH = '/api';
