/** Writes what the page's checks returned (or the error they ended with) into #result, where the test reads it. */
export function showResult(run: () => Promise<unknown>): void {
  const out = document.querySelector('#result') as HTMLElement;
  run().then(
    (result) => {
      out.textContent = JSON.stringify(result);
    },
    (error: unknown) => {
      out.textContent = JSON.stringify({ error: String(error) });
    },
  );
}
