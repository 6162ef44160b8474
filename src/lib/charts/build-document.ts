import { EventTarget as LinkedomEventTarget, Node as LinkedomNode, parseHTML } from 'linkedom';

/**
 * linkedom's EventTarget constructor puts every node it makes (each element, attribute and text node) into a
 * module-level WeakMap of listener maps. Charts at build make millions of nodes and listen to none, and that WeakMap was
 * the largest single cost in a profile of the build (the constructor's own time, and much of the garbage collection).
 * So linkedom's Node class is given an empty base instead: `super()` then does nothing. Only nodes are affected (not
 * the document), and adding a listener to a node would throw; nothing at build does. Done once, and only if linkedom
 * still has the shape this relies on.
 */
function skipListenerMaps(): void {
  const node = Object.getPrototypeOf(LinkedomNode) as object; // the facade's base is linkedom's real Node class
  if (Object.getPrototypeOf(node) === LinkedomEventTarget) Object.setPrototypeOf(node, class NoListeners {});
}
skipListenerMaps();

/** A fresh linkedom document for rendering charts at build. */
export function buildDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}
