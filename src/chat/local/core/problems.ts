/** Something the service met and worked around; `server.problems` lists them for the app and tests. */
export interface ServerProblem {
  kind: 'corrupt-record' | 'repaired-record' | 'storage-unreadable' | 'storage-write' | 'handler-error' | 'sync-error';
  key?: string;
  message: string;
}
