import type { DocPage } from '@/lib/docs/load-docs';

/** Renders a repository markdown page (trusted content) with readable prose styles. */
export function DocArticle({ page }: { page: DocPage }) {
  return (
    <article
      data-testid="doc-article"
      className="max-w-3xl text-sm leading-7 [&_a]:text-primary [&_a]:underline [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_h1]:mb-4 [&_h1]:text-3xl [&_h1]:font-semibold [&_h2]:mb-2 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-muted [&_pre]:p-4 [&_table]:my-4 [&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-border [&_td]:px-3 [&_td]:py-1.5 [&_th]:border [&_th]:border-border [&_th]:bg-muted [&_th]:px-3 [&_th]:py-1.5 [&_th]:text-left [&_ul]:list-disc"
      // Code blocks scroll sideways: focusable, so a keyboard can scroll them (axe scrollable-region-focusable).
      dangerouslySetInnerHTML={{ __html: page.html.replaceAll('<pre>', '<pre tabindex="0">') }}
    />
  );
}
