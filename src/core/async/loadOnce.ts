/**
 * A loader that runs `load` once and hands every caller the same promise, so a chunk is fetched once however many
 * views ask for it. A failed load is forgotten, so "try again" fetches anew.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
    }
    return loading;
  };
}
