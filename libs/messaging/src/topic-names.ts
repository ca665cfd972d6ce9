import { ALL_TOPICS, TOPICS } from '@claim-ledger/contracts';
import type { TopicDefinition } from './ensure-topics';

export type TopicRole = keyof typeof TOPICS;
/** The topic each role uses in this deployment. */
export type TopicNames = Readonly<Record<TopicRole, string>>;

/** Nest injection token of the deployment's TopicNames. */
export const TOPIC_NAMES = Symbol('TOPIC_NAMES');

/**
 * The contract's topic names, behind an optional prefix (KAFKA_TOPIC_PREFIX). The
 * prefix is empty in a normal deployment; tests and shared clusters use one so that
 * several pipelines never read each other's events.
 */
export function topicNames(prefix = ''): TopicNames {
  return Object.fromEntries(Object.entries(TOPICS).map(([role, spec]) => [role, `${prefix}${spec.name}`])) as unknown as TopicNames;
}

/** The topics to create, behind the prefix; `partitions` (KAFKA_TOPIC_PARTITIONS) overrides the contract's counts by contract name. */
export function topicDefinitions(prefix = '', partitions: Readonly<Record<string, number>> = {}): TopicDefinition[] {
  return ALL_TOPICS.map((t) => ({ ...t, name: `${prefix}${t.name}`, partitions: partitions[t.name] ?? t.partitions }));
}
