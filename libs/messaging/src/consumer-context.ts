import { BaseRpcContext } from '@nestjs/microservices';
import type { Logger } from 'pino';

/**
 * What an `@EventPattern` handler of the Kafka consumer server gets beside its payload
 * (`@Ctx()`): the logger of the message or batch in hand, whose lines name its topic,
 * partition and offsets (and, for one message, its correlation id and key).
 */
export class ConsumerContext extends BaseRpcContext<[log: Logger]> {
  get log(): Logger {
    return this.args[0];
  }
}
