/**
 * Like Promise.all, but waits for every call to finish before failing, so no vendor request
 * outlives the GraphQL request unobserved. The first failure in argument order is the one thrown:
 * once everything has settled, Promise.all's reactions run in argument order.
 */
export async function allSettledOrThrow<T extends readonly unknown[] | []>(
  promises: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  await Promise.allSettled(promises);
  return Promise.all(promises);
}
