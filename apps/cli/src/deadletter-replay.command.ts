import { kafkaSection, loadConfig } from '@claim-ledger/config';
import {
  createKafka,
  kafkaSecurity,
  replayDeadLetters,
  topicNames,
  type DeadLetterSelection,
  type ReplayedDeadLetter,
} from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';

export const DEADLETTER_USAGE = `usage: claim-ledger deadletter replay [selection] [--dry-run]

Re-publishes chosen dead letters of deadletter.v1 to their source topic (after a fix).
Selection (each criterion must hold; a flag may be repeated or take a comma list):
  --code CODE            dead-letter code, such as PROCESSING.FAILED
  --source-topic TOPIC   source topic, such as articles.v1 (KAFKA_TOPIC_PREFIX is added)
  --key KEY              message key, such as my-feed/a-1
  --at PARTITION:OFFSET  position of the dead letter in deadletter.v1
  --since ISO, --until ISO   failed at or after / before
  --all                  every dead letter (required when no criterion is given)
  --dry-run              list what would be replayed, publish nothing
Kafka settings come from the environment (KAFKA_BROKERS, KAFKA_TOPIC_PREFIX, KAFKA_SSL, KAFKA_SASL_*).
Writes one JSON line per dead letter replayed (or skipped, with why) on stdout.
`;

export class UsageError extends Error {}

export interface ReplayArguments {
  selection: DeadLetterSelection;
  dryRun: boolean;
}

const LIST_FLAGS = { '--code': 'codes', '--source-topic': 'sourceTopics', '--key': 'keys', '--at': 'positions' } as const;

/** The selection of `deadletter replay`'s arguments; topics get the deployment's prefix. */
export function parseReplayArguments(args: readonly string[], topicPrefix: string): ReplayArguments {
  const lists: Record<string, string[]> = { codes: [], sourceTopics: [], keys: [], positions: [] };
  const selection: DeadLetterSelection = {};
  let dryRun = false;
  let all = false;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === '--dry-run') dryRun = true;
    else if (flag === '--all') all = true;
    else if (flag in LIST_FLAGS || flag === '--since' || flag === '--until') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      if (flag === '--since' || flag === '--until') {
        const at = new Date(value);
        if (Number.isNaN(at.getTime())) throw new UsageError(`${flag}: "${value}" is not a date (ISO 8601)`);
        selection[flag === '--since' ? 'since' : 'until'] = at;
        continue;
      }
      const parts = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (flag === '--at') {
        const bad = parts.find((p) => !/^\d+:\d+$/.test(p));
        if (bad) throw new UsageError(`--at: "${bad}" is not PARTITION:OFFSET`);
      }
      lists[LIST_FLAGS[flag as keyof typeof LIST_FLAGS]]!.push(
        ...(flag === '--source-topic' ? parts.map((t) => `${topicPrefix}${t}`) : parts),
      );
    } else throw new UsageError(`unknown argument "${flag}"`);
  }
  for (const [name, values] of Object.entries(lists)) if (values.length) (selection as Record<string, unknown>)[name] = values;
  if (Object.keys(selection).length === 0 && !all)
    throw new UsageError('choose dead letters (--code, --source-topic, --key, --at, --since, --until) or pass --all');
  return { selection, dryRun };
}

/** `claim-ledger deadletter replay …`: exit status 0 when all chosen were replayed, 1 when some were skipped. */
export async function runDeadletterReplay(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  write: (line: string) => void,
  log: (line: string) => void,
): Promise<number> {
  const config = loadConfig(kafkaSection, env);
  const { selection, dryRun } = parseReplayArguments(args, config.KAFKA_TOPIC_PREFIX);
  const topics = topicNames(config.KAFKA_TOPIC_PREFIX);
  const kafka = createKafka(
    { brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-deadletter-replay`, security: kafkaSecurity(config) },
    createLogger('deadletter-replay', 'error'),
  );
  const replayed = await replayDeadLetters(kafka, {
    deadLetterTopic: topics.deadLetter,
    allowedTopics: Object.values(topics).filter((t) => t !== topics.deadLetter),
    selection,
    dryRun,
    groupPrefix: config.KAFKA_GROUP_PREFIX,
    onReplayed: (r: ReplayedDeadLetter) => write(`${JSON.stringify(r)}\n`),
  });
  const skipped = replayed.filter((r) => r.skipped).length;
  log(`deadletter replay: ${replayed.length - skipped} ${dryRun ? 'would be replayed (dry run)' : 'replayed'}, ${skipped} skipped`);
  return skipped > 0 ? 1 : 0;
}
