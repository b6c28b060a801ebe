/**
 * Listener that is invoked by {@link Reactive.flush}.
 *
 * @see {@link Reactive.addFlushListener}
 */
export type FlushListener = () => void;
