// The store: schema, migrations and the repository, over PGlite (embedded) or PostgreSQL.
export { openStore, dropSchema, ping, type Store, type StoreOptions } from './open.js';
export * from './repository.js';
