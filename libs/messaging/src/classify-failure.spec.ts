import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError, KafkaJSRequestTimeoutError } from 'kafkajs';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { classifyFailure } from './classify-failure';
import { PermanentMessageError } from './permanent-message.error';

/** An error as pg raises it for a server message with this SQLSTATE. */
function pgError(code: string, message = 'server says no'): DatabaseError {
  const e = new DatabaseError(message, 0, 'error');
  e.code = code;
  return e;
}
/** The same, as TypeORM passes it on from a query. */
const typeormError = (code: string) => new QueryFailedError('SELECT 1', [], pgError(code));
/** A socket error as Node raises it. */
function systemError(code: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`connect ${code} 127.0.0.1:5432`);
  e.code = code;
  e.syscall = 'connect';
  return e;
}
/** A broker's error answer as kafkajs raises it. */
const kafkaAnswer = (type: string, retriable: boolean) =>
  new KafkaJSProtocolError(Object.assign(new Error(type), { type, code: 0, retriable }));

describe('classifyFailure', () => {
  it.each([
    ['connection refused', systemError('ECONNREFUSED')],
    ['connection reset', systemError('ECONNRESET')],
    ['a name that does not resolve while the database restarts', systemError('EAI_AGAIN')],
    ['a connection refused wrapped by TypeORM', new QueryFailedError('SELECT 1', [], systemError('ECONNREFUSED'))],
    ['a connection refused on every address (AggregateError)', new AggregateError([systemError('ECONNREFUSED')], 'connect failed')],
    ['57P01 admin shutdown', typeormError('57P01')],
    ['57P03 cannot connect now', pgError('57P03', 'the database system is starting up')],
    ['08006 connection failure', pgError('08006')],
    ['08P01 protocol violation (a connection exception)', pgError('08P01')],
    ['53300 too many connections', pgError('53300')],
    ['40001 serialization failure', typeormError('40001')],
    ['40P01 deadlock', typeormError('40P01')],
    ['57014 statement timeout', typeormError('57014')],
    ['a connection terminated by the server', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    ['a broken pg client', new Error('Client has encountered a connection error and is not queryable')],
    ['a broker that cannot be reached', new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092')],
    ['a broker that does not answer in time', new KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out')],
    [
      'kafkajs giving up after its retries on an unreachable broker',
      new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection error'), { retryCount: 5, retryTime: 1000 }),
    ],
    ['a leader moving', kafkaAnswer('LEADER_NOT_AVAILABLE', true)],
    ['broker not available', kafkaAnswer('BROKER_NOT_AVAILABLE', false)],
    ['an aborted wait', Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' })],
    ['a failure whose cause is transient', new Error('could not record claims', { cause: systemError('ECONNRESET') })],
  ])('%s is transient', (_, error) => {
    expect(classifyFailure(error).kind).toBe('transient');
  });

  it.each([
    ['a broken schema', new PermanentMessageError('MESSAGE.INVALID_SCHEMA', 'body: required')],
    ['22P02 invalid text representation', typeormError('22P02')],
    ['22021 a byte sequence Postgres cannot hold', typeormError('22021')],
    ['22008 a date out of range', pgError('22008')],
    ['23502 a missing value', typeormError('23502')],
    ['23505 a unique violation', typeormError('23505')],
    ['54000 a row over a program limit', typeormError('54000')],
    ['a message the broker refuses as too large', kafkaAnswer('MESSAGE_TOO_LARGE', false)],
  ])('%s is permanent', (_, error) => {
    expect(classifyFailure(error).kind).toBe('permanent');
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['42P01 an undefined table', typeormError('42P01')],
    ['a plain message', new Error('database is away')],
    ['something thrown that is no error', 'boom'],
    ['nothing', undefined],
  ])('%s is unknown', (_, error) => {
    expect(classifyFailure(error)).toEqual({ kind: 'unknown', signal: null });
  });

  it('names what decided, for the logs and the dead letter', () => {
    expect(classifyFailure(typeormError('57P01'))).toEqual({ kind: 'transient', signal: 'SQLSTATE 57P01' });
    expect(classifyFailure(typeormError('22P02'))).toEqual({ kind: 'permanent', signal: 'SQLSTATE 22P02' });
    expect(classifyFailure(systemError('ECONNREFUSED'))).toEqual({ kind: 'transient', signal: 'ECONNREFUSED' });
    expect(classifyFailure(new PermanentMessageError('DOMAIN.RULE', 'no'))).toEqual({ kind: 'permanent', signal: 'DOMAIN.RULE' });
  });

  it('decides by the outermost error that says something, and survives a cycle of causes', () => {
    const wrapped = new Error('outer', { cause: typeormError('23505') });
    expect(classifyFailure(wrapped).kind).toBe('permanent');
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.assign(a, { cause: b });
    expect(classifyFailure(a).kind).toBe('unknown');
  });
});
