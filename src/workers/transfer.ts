/** Every ArrayBuffer reachable from `value`, each once: the transfer list of a message of typed arrays. */
export function buffers(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) out.add(value.buffer as ArrayBuffer);
  else if (Array.isArray(value)) for (const v of value) buffers(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) buffers(v, out);
  return [...out];
}
