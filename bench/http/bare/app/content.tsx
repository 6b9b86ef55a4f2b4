/** Static content; `items` brings each page near the size of the app's page it stands beside (the table prints kB per response). */
export function Content({ title, items }: { title: string; items: number }) {
  return (
    <main>
      <h1>{title}</h1>
      {Array.from({ length: items }, (_, i) => (
        <section key={i}>
          <h2>Section {i + 1}</h2>
          <p>
            Route by cost or by quality. Each tier is built from carriers we monitor on ASR, ACD, PDD and NER, so you choose the trade-off per destination instead of per
            contract.
          </p>
        </section>
      ))}
    </main>
  );
}
