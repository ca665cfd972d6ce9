/** Nest injection tokens of the messaging providers. */
export const KAFKA = Symbol('KAFKA');
export const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');
