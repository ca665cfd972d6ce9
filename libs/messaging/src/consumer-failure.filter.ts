import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Hands a consumer handler's failure, as thrown, to the Kafka consumer server. Nest's
 * default RPC filter would replace it with `{ status: 'error', message: 'Internal
 * server error' }`, and the runner could then no longer tell a message that will never
 * work (dead-letter it at once, with its reason) from Postgres restarting (wait for it).
 * Every controller of `@EventPattern` handlers declares it: `@UseFilters(ConsumerFailureFilter)`.
 */
@Catch()
export class ConsumerFailureFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
