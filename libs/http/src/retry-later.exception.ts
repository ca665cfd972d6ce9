import { ServiceUnavailableException } from '@nestjs/common';

/**
 * 503 with `Retry-After`: a dependency of the request is away for now (the broker), and
 * the same request may succeed later. HttpErrorFilter adds the header.
 */
export class RetryLaterException extends ServiceUnavailableException {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
    cause?: unknown,
  ) {
    super({ code, message }, { cause });
  }
}
