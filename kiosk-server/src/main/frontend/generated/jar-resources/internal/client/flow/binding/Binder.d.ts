import type { StateNode } from '../StateNode';
/**
 * Bind the `domNode` to the `stateNode`.
 *
 * @param stateNode - the state node
 * @param domNode - the DOM node to bind, not `null`
 */
export declare function bind(stateNode: StateNode, domNode: Node): void;
