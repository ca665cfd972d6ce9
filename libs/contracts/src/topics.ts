/**
 * Kafka topics are a public contract: names carry their version, and a breaking change
 * is a new topic published beside the old one. Partition counts are set explicitly
 * because the broker runs with auto.create.topics.enable=false.
 */
export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  readonly key: string;
  readonly description: string;
  /** Largest message the topic accepts: an article may carry up to 200,000 characters. */
  readonly maxMessageBytes: number;
}

const MiB = 1024 * 1024;

export const TOPICS = {
  articles: {
    name: 'articles.v1',
    partitions: 6,
    key: '<publisher>/<id>',
    description: 'article.v1 events from feed publishers and the ingest gateway',
    maxMessageBytes: 4 * MiB,
  },
  claimsExtracted: {
    name: 'claims.extracted.v1',
    partitions: 6,
    key: '<publisher>/<id>',
    description: 'one event per article revision: the article and every claim extracted from it',
    maxMessageBytes: 8 * MiB,
  },
  claimsRecorded: {
    name: 'claims.recorded.v1',
    partitions: 6,
    key: '<publisher>/<id>',
    description: 'the claims of an article revision, once stored in the ledger',
    maxMessageBytes: 8 * MiB,
  },
  claimsLinked: {
    name: 'claims.linked.v1',
    partitions: 6,
    key: '<publisher>/<id>',
    description: 'links found between the claims of an article revision and the ledger',
    maxMessageBytes: 8 * MiB,
  },
  deadLetter: {
    name: 'deadletter.v1',
    partitions: 3,
    key: 'the key of the failed message',
    description: 'messages a consumer could not process, with the reason; records with sourceTopic articles.v1 are the rejected articles',
    maxMessageBytes: 8 * MiB,
  },
} as const satisfies Record<string, TopicSpec>;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS]['name'];

export const ALL_TOPICS: readonly TopicSpec[] = Object.values(TOPICS);

/** The message key of an article's events: `<publisher>/<id>`. */
export function articleKey(a: { publisher: string; id: string }): string {
  return `${a.publisher}/${a.id}`;
}
