import { createServer } from 'node:net';
import { ErrorCode, NewsgraphError } from '../../errors.js';

/** Resolves if 127.0.0.1:port can be bound now; otherwise a PORT_IN_USE error naming the variable to change. */
export function assertPortFree(port: number, envVar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'is already in use by another program' : `cannot be bound (${err.code ?? err.message})`;
      reject(new NewsgraphError(ErrorCode.PORT_IN_USE, `port ${port} on 127.0.0.1 ${why}: set ${envVar} to a free port`, { port, envVar }));
    });
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
  });
}

/** A port the OS says is free right now (for throwaway instances in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
