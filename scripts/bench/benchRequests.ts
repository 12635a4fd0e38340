import { createSharePointClient } from '../../src/data/sharepoint/createSharePointClient';
import { SharePointModelStore } from '../../src/data/sharepoint/SharePointModelStore';
import { selectFields } from '../../src/data/sharepoint/selectFields';
import { LISTS } from '../../src/core/schema/lists';
import type { BenchWorkbench } from './startBenchWorkbench';

/** Counts the HTTP requests a function makes through global fetch. */
async function countRequests(run: () => Promise<unknown>): Promise<number> {
  const realFetch = globalThis.fetch;
  let count = 0;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    count++;
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    await run();
  } finally {
    globalThis.fetch = realFetch;
  }
  return count;
}

/** Requests to open the model cold: the product's one $batch against the naive one-request-per-list read. */
export async function benchRequests(wb: BenchWorkbench): Promise<string[]> {
  const token = await wb.token('staff');
  const sp = createSharePointClient(wb.site, async () => token);
  const product = await countRequests(() => new SharePointModelStore(sp).loadModel({ includeDrafts: false }));
  const naive = await countRequests(() =>
    Promise.all(
      LISTS.filter((l) => l.partOfModel).map((list) =>
        sp.web.lists
          .getByTitle(list.title)
          .items.select(...selectFields(list))
          .top(5000)()
      )
    )
  );
  return [`cold open, SharePoint requests: product ${product}, naive one-per-list ${naive} (ratio ${(naive / product).toFixed(1)}×)`];
}
