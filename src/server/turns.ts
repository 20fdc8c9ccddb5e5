// Requests take turns: each turn of the event loop runs one request's handler, in the order the
// requests arrived. Node's event loop reads every request that is ready, then runs the handlers
// it started; and since libuv 1.45 (Node 20) it accepts one new connection per turn. A turn that
// renders a hundred new dates (3-10 ms each) takes half a second, so under load a client that
// connects waited a turn per connection already open before its first request was read: 100
// connections opened at once took 16 s to be accepted, and the soak's timeouts were those first
// requests. With one handler per turn, a turn costs one render, and the loop goes back to
// accepting and reading between every two.
//
// Answers replayed in front of Fastify (replay.ts) do not wait: they cost microseconds.

/** A function that resolves when it is the caller's turn: once per turn of the event loop, first come first served. */
export function takeTurns(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const next = () => {
    // The handler resumes in the microtasks run right after this callback, before the loop polls again.
    waiting.shift()?.();
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(next);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(next);
      }
    });
}
