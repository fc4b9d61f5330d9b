import { describe, expect, it } from 'vitest';
import { withReconnect } from './reconnect.js';

const lost = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('withReconnect', () => {
  it('tries a step again while the database is away, and says when it left and came back', async () => {
    let calls = 0;
    const events: string[] = [];
    const value = await withReconnect(
      async () => {
        if (++calls < 3) throw calls === 1 ? lost() : Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
        return 'ok';
      },
      { minDelayMs: 1, onLost: () => events.push('lost'), onBack: () => events.push('back') },
    );
    expect({ value, calls, events }).toEqual({ value: 'ok', calls: 3, events: ['lost', 'back'] });
  });

  it('waits out a full disk the same way', async () => {
    let calls = 0;
    const full = () => Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' });
    expect(await withReconnect(async () => (++calls < 2 ? Promise.reject(full()) : 'stored'), { minDelayMs: 1 })).toBe('stored');
    expect(calls).toBe(2);
  });

  it('throws any other error at once, and a connection error once stopped', async () => {
    let calls = 0;
    await expect(withReconnect(() => (calls++, Promise.reject(new Error('syntax error at or near "selec"'))), { minDelayMs: 1 })).rejects.toThrow('syntax');
    expect(calls).toBe(1);
    const controller = new AbortController();
    controller.abort();
    await expect(withReconnect(() => Promise.reject(lost()), { signal: controller.signal })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
