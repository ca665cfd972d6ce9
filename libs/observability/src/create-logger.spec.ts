import { runWithCorrelationId } from './correlation-context';
import { createLogger } from './create-logger';

describe('the correlation id on every line', () => {
  const lines: string[] = [];
  const logger = createLogger('svc', 'info', { write: (s: string) => void lines.push(s) });
  beforeEach(() => lines.splice(0));

  it('is added to the lines of any logger while a request or message is in hand, across awaits', async () => {
    await runWithCorrelationId('m-1', async () => {
      logger.info('first');
      await new Promise((r) => setTimeout(r, 1));
      logger.child({ component: 'kafkajs' }).warn('from a library');
    });
    logger.info('after');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ service: 'svc', msg: 'first', correlationId: 'm-1' }),
      expect.objectContaining({ component: 'kafkajs', msg: 'from a library', correlationId: 'm-1' }),
      expect.not.objectContaining({ correlationId: expect.anything() }),
    ]);
  });

  it('is written once where a child or the call names it already', () => {
    runWithCorrelationId('outer', () => {
      logger.child({ correlationId: 'bound' }).info('child');
      logger.info({ correlationId: 'given' }, 'given');
    });
    expect(lines.map((l) => l.match(/"correlationId"/g)?.length)).toEqual([1, 1]);
    expect(lines.map((l) => JSON.parse(l).correlationId)).toEqual(['bound', 'given']);
  });
});
