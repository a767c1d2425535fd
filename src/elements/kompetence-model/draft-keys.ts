/**
 * Which `<kompetence-model>` on this page saves drafts under each key: two saving under one key
 * would write over each other. The elements queue per key in the order they came; the first
 * saves and the others wait. When the first leaves the queue (it left the page or took another
 * key), the next one that is still in the page gets its turn: a framework that mounts the new
 * view before it removes the old one would otherwise leave the new one without drafts for good.
 */
interface Place {
  readonly element: Element;
  readonly onTurn: () => void;
  waiting: boolean;
}

const queues = new Map<string, Place[]>();

/** Gives the turn to the first element still in the page, if it waits (not to `claimer`, which is told by `claimKey`). */
function handOn(key: string, claimer?: Element): void {
  const queue = (queues.get(key) ?? []).filter((place) => place.element.isConnected);
  if (queue.length === 0) {
    queues.delete(key);
    return;
  }
  queues.set(key, queue);
  const first = queue[0]!;
  if (!first.waiting) return;
  first.waiting = false;
  if (first.element !== claimer) first.onTurn();
}

/**
 * Queues `element` under `key`, or keeps its place there (a move in the page). Whether it saves
 * now; if not, `onTurn` is called when its turn comes.
 */
export function claimKey(key: string, element: Element, onTurn: () => void): boolean {
  const queue = queues.get(key) ?? [];
  let place = queue.find((p) => p.element === element);
  if (!place) queue.push((place = { element, onTurn, waiting: true }));
  queues.set(key, queue);
  handOn(key, element);
  return !place.waiting;
}

/** Takes `element` out of the queue under `key`; the next one in the page gets its turn. */
export function releaseKey(key: string, element: Element): void {
  queues.set(key, (queues.get(key) ?? []).filter((place) => place.element !== element));
  handOn(key);
}
