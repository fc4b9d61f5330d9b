import { describe, expect, it } from 'vitest';
import { isConnectionError, storeFault } from './faults.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('store faults', () => {
  it('knows connection errors by code and by message', () => {
    expect(isConnectionError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isConnectionError(withCode('duplicate key', '23505'))).toBe(false);
    expect(isConnectionError('ECONNREFUSED')).toBe(false);
  });

  it('tells a full disk from an unreachable database, also when the error wraps its cause', () => {
    expect(storeFault(withCode('ENOSPC: no space left on device, write', 'ENOSPC'))).toBe('disk-full');
    expect(storeFault(withCode('could not extend file "base/16384/2619": No space left on device', '53100'))).toBe('disk-full');
    expect(storeFault(new Error('数据库迁移失败', { cause: withCode('terminating connection due to administrator command', '57P01') }))).toBe('unavailable');
    expect(storeFault(withCode('duplicate key value violates unique constraint', '23505'))).toBeUndefined();
    expect(storeFault(new Error('syntax error at or near "selec"'))).toBeUndefined();
  });
});
