/**
 * Retries an assertion until it passes or the time is up, then throws its last error.
 * Tests poll for what the pipeline will eventually show instead of sleeping.
 */
export async function expectEventually<T>(assertion: () => Promise<T> | T, { timeoutMs = 30_000, intervalMs = 250 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}
