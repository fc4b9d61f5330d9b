// The store: schema, migrations and the repository, over PGlite (embedded) or PostgreSQL.
export { openStore, startStore, dropSchema, ping, type Store, type StoreOptions } from './open.js';
export * from './repository.js';
