import { QueryTrace } from '../../../src/graph/queryTrace';

// Stands in for the driver: it formats a stack trace when a query is sent, for a failure's error.
const sendQuery = () => ({ capturedByDriver: new Error('').stack ?? '' });

describe('QueryTrace', () => {
  it('sends with the driver’s per-query stack capture off, and restores the limit after', () => {
    const limit = Error.stackTraceLimit;
    const { capturedByDriver } = new QueryTrace().send(sendQuery);
    expect(capturedByDriver).not.toContain(' at ');
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('puts where the query was sent from on its error, as the driver did', () => {
    const trace = readFromRepositoryTrace();
    const failure = trace.onto(Object.assign(new Error('Invalid input'), { code: 'Neo.ClientError.Statement.SyntaxError' })) as Error;
    expect(failure.stack).toMatch(/^Error: Invalid input\n\s+at readFromRepositoryTrace/);
  });
});

function readFromRepositoryTrace(): QueryTrace {
  return new QueryTrace();
}
