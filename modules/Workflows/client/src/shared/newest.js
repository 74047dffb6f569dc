// Lists reload on every tab, filter, page and action; answers can arrive out of order (a tab clicked while a claim's
// reload is still on the wire). A page must show the answer to its newest request, never an older one arriving last.

/**
 * Wraps an async call: each call answers {value} when it is still the newest call at the time its answer arrives,
 * or {stale: true} when a newer call was made meanwhile (its answer, or its error, is then dropped).
 */
export function newestOnly(call) {
  let newest = 0;
  return async (...args) => {
    const ticket = ++newest;
    try {
      const value = await call(...args);
      return ticket === newest ? { value } : { stale: true };
    } catch (error) {
      if (ticket !== newest) {
        return { stale: true };
      }
      throw error;
    }
  };
}
