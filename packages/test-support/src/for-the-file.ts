// One resource (a server, a process) for every test of a file or describe block: started in beforeAll, stopped in
// afterAll, read through a stand-in that can be declared at the top of the file, before it exists.
import { afterAll, beforeAll } from 'vitest';

export function forTheFile<T extends object>(
  name: string,
  start: () => Promise<T>,
  stop: (resource: T) => Promise<unknown>,
  hookTimeoutMs?: number,
): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  }, hookTimeoutMs);
  afterAll(async () => {
    if (current) await stop(current);
  });
  return new Proxy({} as T, {
    get(_target, key) {
      if (!current) throw new Error(`${name}: it starts in beforeAll; use it inside a test or a hook.`);
      const value = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
