export default async function globalTeardown(): Promise<void> {
  await (globalThis as { tbWorkbench?: { close(): Promise<void> } }).tbWorkbench?.close();
}
