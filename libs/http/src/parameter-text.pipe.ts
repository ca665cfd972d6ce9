import { type ArgumentMetadata, BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { unstorableText, type ValidationIssue } from '@claim-ledger/contracts';

/**
 * Rejects path and query parameters that no query could match: a `%00` decodes to
 * U+0000, which Postgres refuses as text ("invalid byte sequence"), so it would
 * surface as a 500. Answers 400 naming the parameter instead.
 */
@Injectable()
export class ParameterTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query') return value;
    const issues: ValidationIssue[] = [];
    const check = (field: string, v: unknown) => {
      for (const s of Array.isArray(v) ? v : [v]) {
        const reason = typeof s === 'string' ? unstorableText(s) : null;
        if (reason) issues.push({ field, rule: 'invalid_format', message: reason });
      }
    };
    if (metadata.data !== undefined) check(metadata.data, value);
    else if (typeof value === 'object' && value !== null) {
      for (const [name, v] of Object.entries(value)) {
        const nameReason = unstorableText(name);
        if (nameReason) issues.push({ field: '(query)', rule: 'invalid_format', message: `a parameter name ${nameReason}` });
        else check(name, v);
      }
    }
    if (issues.length === 0) return value;
    const first = issues[0]!;
    throw new BadRequestException({
      code: 'REQUEST.INVALID_PARAMETER',
      message: `${metadata.type === 'param' ? 'path' : 'query'} parameter ${first.field}: ${first.message}`,
      issues,
    });
  }
}
