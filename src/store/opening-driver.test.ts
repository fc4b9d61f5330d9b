import { CompiledQuery, type DatabaseConnection, type Driver } from 'kysely';
import { describe, expect, it } from 'vitest';
import { storeFault } from './faults.js';
import { DatabaseOpeningError, OpeningDriver } from './opening-driver.js';

/** A driver that records what reaches it. */
function recordingDriver(calls: string[]): Driver {
  const connection: DatabaseConnection = {
    executeQuery: async (q) => {
      calls.push(q.sql);
      return { rows: [] };
    },
    // eslint-disable-next-line require-yield
    streamQuery: async function* () {
      throw new Error('not used');
    },
  };
  return {
    init: async () => void calls.push('init'),
    acquireConnection: async () => connection,
    beginTransaction: async () => void calls.push('begin'),
    commitTransaction: async () => void calls.push('commit'),
    rollbackTransaction: async () => void calls.push('rollback'),
    savepoint: async (_c, name) => void calls.push(`savepoint ${name}`),
    rollbackToSavepoint: async (_c, name) => void calls.push(`rollback to ${name}`),
    releaseSavepoint: async (_c, name) => void calls.push(`release ${name}`),
    releaseConnection: async () => void calls.push('release'),
    destroy: async () => void calls.push('destroy'),
  };
}

describe('a store whose database is still opening', () => {
  it('fails every query at once as "unavailable" until the database is open, then passes everything through', async () => {
    const gate = new OpeningDriver('/data/pglite');
    const opening = await gate.init().catch((e: unknown) => e);
    expect(opening).toBeInstanceOf(DatabaseOpeningError);
    expect(storeFault(opening)).toBe('unavailable');
    await expect(gate.acquireConnection()).rejects.toBeInstanceOf(DatabaseOpeningError);

    const calls: string[] = [];
    gate.opened(recordingDriver(calls));
    await gate.init();
    const connection = await gate.acquireConnection();
    await gate.beginTransaction(connection, {});
    await gate.savepoint(connection, 'a', () => CompiledQuery.raw(''));
    await connection.executeQuery(CompiledQuery.raw('select 1'));
    await gate.commitTransaction(connection);
    await gate.releaseConnection(connection);
    expect(calls).toEqual(['begin', 'savepoint a', 'select 1', 'commit', 'release']);

    await Promise.all([gate.destroy(), gate.destroy()]);
    expect(calls.filter((c) => c === 'destroy')).toHaveLength(1);
  });

  it('fails queries with the reason when the database cannot be opened', async () => {
    const gate = new OpeningDriver('/data/pglite');
    const reason = new Error('数据库迁移失败（006）');
    gate.failed(reason);
    await expect(gate.init()).rejects.toBe(reason);
    expect(storeFault(reason)).toBeUndefined();
    await gate.destroy();
  });

  it('refuses a driver without savepoints (nested transactions need them)', () => {
    const { savepoint: _s, rollbackToSavepoint: _r, releaseSavepoint: _x, ...plain } = recordingDriver([]);
    expect(() => new OpeningDriver('memory').opened(plain)).toThrow('保存点');
  });
});
