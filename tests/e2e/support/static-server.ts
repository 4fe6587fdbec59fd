import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveAppRequest } from '../../../main/electron/scheme';

/**
 * Serves the built renderer on loopback (plain Chromium has no app:// scheme) through the packaged app's own
 * request-to-file function, so the bridge gets exactly what the app's window gets: the same files, the same
 * refusals, the same headers (the CSP and no-store among them).
 */
export async function serveRenderer(dir: string): Promise<{ url: string; server: Server }> {
  let origin = '';
  const server = createServer((request, response) => {
    const answer = resolveAppRequest(
      dir,
      { method: request.method ?? 'GET', url: `${origin}${request.url ?? '/'}` },
      origin,
    );
    if (answer.kind === 'refused') {
      response.writeHead(answer.status, answer.headers).end();
      return;
    }
    const stream = createReadStream(answer.path);
    stream.once('error', () => {
      if (!response.headersSent) response.writeHead(404, answer.headers);
      response.end();
    });
    stream.once('open', () => {
      response.writeHead(200, answer.headers);
      if (request.method === 'HEAD') {
        stream.destroy();
        response.end();
      } else stream.pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/`, server };
}
