/** Where a documentation page lives on the docs host: the first page is the home page. */
export function docPath(slug: string, index: number): string {
  return index === 0 ? '/' : `/${slug}`;
}
