// MediaStorage in memory: for tests, and a reminder that nothing but the
// interface may be assumed about where pictures live.
import type { MediaStorage, StoredObject } from "./storage";

export function memoryStorage(): MediaStorage & { objects: Map<string, StoredObject> } {
  const objects = new Map<string, StoredObject>();
  return {
    objects,
    async put(key, bytes, contentType) {
      objects.set(key, { bytes, contentType });
    },
    async get(key) {
      return objects.get(key) ?? null;
    },
    async delete(key) {
      objects.delete(key);
    },
  };
}
