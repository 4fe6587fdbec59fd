// The fork ships types its package "exports" map hides from TypeScript. It is a drop-in for better-sqlite3,
// whose types describe the same API, plus the cipher's key() and rekey().
declare module 'better-sqlite3-multiple-ciphers' {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS types are written as export =
  import BetterSqlite3 = require('better-sqlite3');

  namespace Database {
    type Statement<P extends unknown[] | object = unknown[], R = unknown> = BetterSqlite3.Statement<P, R>;
    type RunResult = BetterSqlite3.RunResult;
    type Options = BetterSqlite3.Options;
    type SqliteError = BetterSqlite3.SqliteError;
    interface Database extends BetterSqlite3.Database {
      /** Sets the encryption key, as PRAGMA key would, without the key passing through a JS string. */
      key(key: Buffer): number;
      rekey(key: Buffer): number;
    }
  }
  interface DatabaseConstructor {
    new (filename?: string | Buffer, options?: BetterSqlite3.Options): Database.Database;
    (filename?: string | Buffer, options?: BetterSqlite3.Options): Database.Database;
  }
  const Database: DatabaseConstructor;
  export = Database;
}
